import { readFileSync } from 'node:fs';
import type { ContentCase } from '../case.ts';

/** The mini fixture's site.yaml (10 lines), so a row can add `logo:` on line 11. */
const SITE_YAML = readFileSync(new URL('../../fixtures/mini/site.yaml', import.meta.url), 'utf8');

/** Rows for what the share images, the year PDF and the 公众号 export take from editors: the logo in site.yaml. */
export const cases: ContentCase[] = [
  {
    name: 'a logo taken from outside public/ (a file of the build machine)',
    family: 'private',
    files: { 'site.yaml': `${SITE_YAML}logo: /${'../'.repeat(12)}etc/passwd\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /标志图片“.*”不在 public 文件夹里/ } },
  },
  {
    name: 'a logo that is a script, not a picture',
    family: 'unsafe',
    files: { 'site.yaml': `${SITE_YAML}logo: /care.js\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /标志图片“\/care\.js”不是 PNG、JPG 或 SVG 图片/ } },
  },
  {
    name: 'a logo whose file was never put in public/',
    family: 'late',
    files: { 'site.yaml': `${SITE_YAML}logo: /huibiao.png\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /找不到标志图片 public\/huibiao\.png/ } },
  },
];
