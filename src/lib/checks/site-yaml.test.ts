import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../../tests/support/encode-legacy.ts';
import { checkSiteYaml } from './site-yaml.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkSiteYaml', () => {
  it('places a missing ICP number at the top of the file', async () => {
    writeFileSync(path.join(dir, 'site.yaml'), 'name: 锦川市工商业联合会（总商会）\nshortName: 锦川工商联\ndescription: 信息发布平台。\nbaseUrl: https://www.jcgsl.example.cn\ncolors:\n  primary: "#9f1d20"\n  accent: "#b8860b"\n');
    expect(await checkSiteYaml(dir)).toEqual([{ line: 1, column: 1, level: 'error', code: 'site-yaml', message: '网站设置 icp：缺少“icp”（ICP 备案号），中国大陆网站必须在页脚显示' }]);
  });

  it('places a logo that is not an image in public/ at the logo line', async () => {
    const logo = path.join(dir, 'logo');
    mkdirSync(path.join(logo, 'public'), { recursive: true });
    writeFileSync(path.join(logo, 'public', 'care.js'), 'alert(1)');
    writeFileSync(path.join(logo, 'site.yaml'), 'name: 锦川市工商业联合会（总商会）\nshortName: 锦川工商联\ndescription: 信息发布平台。\nbaseUrl: https://www.jcgsl.example.cn\nlogo: /care.js\ncolors:\n  primary: "#9f1d20"\n  accent: "#b8860b"\nicp: 锦ICP备2024000001号-1\n');
    expect(await checkSiteYaml(logo, path.join(logo, 'public'))).toEqual([{ line: 5, column: 7, level: 'error', code: 'logo', message: '标志图片“/care.js”不是 PNG、JPG 或 SVG 图片（看的是文件内容，不是扩展名）' }]);
  });

  it('reports a missing site.yaml', async () => {
    expect((await checkSiteYaml(path.join(dir, 'none')))[0]?.code).toBe('site-yaml-missing');
  });

  it('refuses a site.yaml saved as GBK at line 1, naming the encoding, before its name could be published as mojibake', async () => {
    const gbk = path.join(dir, 'gbk');
    mkdirSync(gbk);
    writeFileSync(path.join(gbk, 'site.yaml'), encodeLegacy('name: 锦川市工商业联合会（总商会）\nshortName: 锦川工商联\n', 'gb18030'));
    expect(await checkSiteYaml(gbk)).toEqual([expect.objectContaining({ line: 1, column: 1, level: 'error', code: 'encoding' })]);
  });
});
