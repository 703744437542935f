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

  const base = 'name: 锦川市工商业联合会（总商会）\nshortName: 锦川工商联\ndescription: 信息发布平台。\nbaseUrl: https://www.jcgsl.example.cn\ncolors:\n  primary: "#9f1d20"\n  accent: "#b8860b"\n';
  async function check(extra: string, publicDir?: string) {
    const site = mkdtempSync(path.join(dir, 'site-'));
    writeFileSync(path.join(site, 'site.yaml'), `${base}${extra}`);
    return checkSiteYaml(site, publicDir);
  }

  it('refuses an ICP number written with a label, at its line, saying how it is written', async () => {
    expect(await check('icp: ICP备案号：锦ICP备2024000001号-1\n')).toEqual([
      { line: 8, column: 6, level: 'error', code: 'site-yaml', message: expect.stringMatching(/^网站设置 icp：“icp”应当写成“京ICP备12345678号”/) },
    ]);
  });

  it('refuses a 公安备案号 without its 14 digits, at its line', async () => {
    expect(await check('icp: 锦ICP备2024000001号-1\npolice: 锦公网安备990102号\n')).toEqual([
      { line: 9, column: 9, level: 'error', code: 'site-yaml', message: expect.stringMatching(/^网站设置 police：“police”应当写成“京公网安备11010502030143号”/) },
    ]);
  });

  it('refuses a badge image that is missing from public/ or is an SVG, at the image line', async () => {
    const publicDir = mkdtempSync(path.join(dir, 'public-'));
    writeFileSync(path.join(publicDir, 'badge.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const badge = (image: string) => `icp: 锦ICP备2024000001号-1\ngovernmentSiteBadge:\n  image: ${image}\n  link: https://bszs.conac.cn/sitename?method=show&id=1\n`;
    expect((await check(badge('/dzjg.png'), publicDir)).map((f) => [f.line, f.message])).toEqual([[10, '网站设置 governmentSiteBadge.image：找不到党政机关网站标识图片 public/dzjg.png：请把图片放进 public/ 文件夹，或改正路径']]);
    expect((await check(badge('/badge.svg'), publicDir)).map((f) => [f.line, f.message])).toEqual([[10, expect.stringContaining('不是 PNG、JPG、GIF、WebP 或 AVIF 图片')]]);
    expect((await check(badge('/../../etc/passwd'), publicDir)).map((f) => f.line)).toEqual([10]);
  });

  it('refuses a synonym written in two groups at the second place, and only warns about two forms one character apart', async () => {
    const findings = await check('icp: 锦ICP备2024000001号-1\nsynonyms:\n  - [民企, 民营企业]\n  - [私企, 民企]\n  - [万企帮万村, 万企兴万村]\n');
    expect(findings.map((f) => [f.line, f.level, f.code])).toEqual([
      [11, 'error', 'synonym'],
      [12, 'warning', 'synonym'],
    ]);
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
