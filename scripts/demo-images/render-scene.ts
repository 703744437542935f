import { Resvg } from '@resvg/resvg-js';
import { sceneSvg } from './scenes.ts';

/** Which demo story gets which drawing, by `<year>/<slug>` under content/stories/. */
export const DEMO_COVERS: ReadonlyArray<{ story: string; scene: string }> = [
  { story: '2022/yunwu-chaye-wanqi', scene: 'tea-hills' },
  { story: '2022/tongda-baotong', scene: 'logistics' },
  { story: '2023/deyao-chuhai', scene: 'ceramics' },
  { story: '2023/hengtuo-chuangxin', scene: 'production-line' },
  { story: '2023/lingshang-xiangcun', scene: 'mountain-village' },
  { story: '2024/lvye-guangcai', scene: 'school-grant' },
  { story: '2024/tianyi-fenghe-chuhai', scene: 'solar-train' },
  { story: '2024/jinxiu-zhibo-jidi', scene: 'live-stream' },
  { story: '2024/panshi-yingshang', scene: 'building-site' },
  { story: '2025/huarui-zhongyaocai', scene: 'herb-fields' },
];

/** A scene rendered to PNG bytes by resvg at its own size, without system fonts (the scenes have no text). */
export function renderScene(scene: string): Buffer {
  const resvg = new Resvg(sceneSvg(scene), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}
