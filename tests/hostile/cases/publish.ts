import { readFileSync } from 'node:fs';
import type { ContentCase } from '../case.ts';

/** The mini fixture's site.yaml (10 lines), so a row can add one line after it. */
const SITE_YAML = readFileSync(new URL('../../fixtures/mini/site.yaml', import.meta.url), 'utf8');

/** A story's front matter with a cover, so the cover's `src` is on line 8, column 8. */
const storyWithCover = (src: string) =>
  `---\ntitle: 绿野农业的新仓库\ndate: 2024-03-02\nenterprises: [lvye-nongye]\nsummary: 新冷库投入使用。\ncover:\n  alt: 新冷库\n  src: ${src}\n---\n\n新冷库投入使用。\n`;

/** Far enough up to leave any content folder, down to a file every Linux machine has. */
const MACHINE_FILE = `${'../'.repeat(16)}etc/passwd`;

/** Rows for the publishing side of trust: what a build could otherwise fail on late, in English, or publish from the machine. */
export const cases: ContentCase[] = [
  {
    name: 'a cover image whose file was never committed',
    family: 'late',
    files: { 'stories/2024/xin-cangku.md': storyWithCover('./xin-cangku.jpg') },
    expect: { refused: { file: 'stories/2024/xin-cangku.md', line: 8, message: /找不到图片 \.\/xin-cangku\.jpg/ } },
  },
  {
    name: 'a cover image taken from outside the content folder (a file of the build machine)',
    family: 'private',
    files: { 'stories/2024/xin-cangku.md': storyWithCover(MACHINE_FILE) },
    expect: { refused: { file: 'stories/2024/xin-cangku.md', line: 8, message: /图片“.*”不在 content 文件夹里/ } },
  },
  {
    name: 'a body image taken from outside the content folder (a file of the build machine)',
    family: 'private',
    files: { 'stories/2024/waibu-tupian.md': `---\ntitle: 外部图片\ndate: 2024-03-03\nenterprises: [lvye-nongye]\nsummary: 一张图片。\n---\n\n![系统文件](${MACHINE_FILE})\n` },
    expect: { refused: { file: 'stories/2024/waibu-tupian.md', line: 8, message: /图片“.*”不在 content 文件夹里/ } },
  },
  {
    name: 'a negative HSTS time in site.yaml',
    family: 'late',
    files: { 'site.yaml': `${SITE_YAML}hstsMaxAge: -1\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /hstsMaxAge.*不能是负数/ } },
  },
  {
    name: 'an HSTS time written in words in site.yaml',
    family: 'late',
    files: { 'site.yaml': `${SITE_YAML}hstsMaxAge: 一年\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /hstsMaxAge.*秒数/ } },
  },
];
