/**
 * `npm run demo:images`: draws the demo stories' lead pictures (scripts/demo-images/scenes.ts) and writes each as a
 * PNG beside its story, e.g. content/stories/2022/yunwu-chaye-wanqi-cover.png. The stories name them in `cover:`.
 * Run it again after changing a scene; the bytes only change when the drawing does.
 */
import { writeFileSync } from 'node:fs';
import { DEMO_COVERS, renderScene } from './demo-images/render-scene.ts';

for (const { story, scene } of DEMO_COVERS) {
  const file = `content/stories/${story}-cover.png`;
  const png = renderScene(scene);
  writeFileSync(file, png);
  console.log(`${file}  ${scene}  ${(png.length / 1024).toFixed(0)} KB`);
}
