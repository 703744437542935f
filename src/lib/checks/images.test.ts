import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageFileProblem } from './images.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-images-'));
const content = path.join(root, 'content');
const story = path.join(content, 'stories', '2024', 'x.md');
mkdirSync(path.dirname(story), { recursive: true });
copyFileSync('tests/fixtures/mini/stories/2023/lvye-cover.png', path.join(content, 'stories', '2024', 'cover.png'));
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
writeFileSync(path.join(content, 'stories', '2024', 'logo.svg'), svg);
writeFileSync(path.join(content, 'stories', '2024', 'chart.png'), svg);
writeFileSync(path.join(root, 'secret.png'), 'not in content');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('imageFileProblem', () => {
  it('accepts a real PNG beside the story, and leaves site paths and other hosts to other checks', () => {
    expect(['./cover.png', 'cover.png', '/logo.svg', 'https://example.com/a.png'].map((src) => imageFileProblem(src, story, content))).toEqual([null, null, null, null]);
  });

  it('refuses an SVG, also one renamed to .png', () => {
    expect(imageFileProblem('./logo.svg', story, content)).toBe('不支持 SVG 图片“./logo.svg”（SVG 里可以藏脚本），请另存为 PNG 或 JPG');
    expect(imageFileProblem('./chart.png', story, content)).toBe('“./chart.png”不是 PNG、JPG、GIF、WebP 或 AVIF 图片，请另存为 PNG 或 JPG');
  });

  it('refuses a path that climbs out of the content folder, whether or not the file exists', () => {
    expect(imageFileProblem('../../../secret.png', story, content)).toBe('图片“../../../secret.png”不在 content 文件夹里，请把图片放在文章旁边，写成 ./图片.jpg');
    expect(imageFileProblem('../../../../../../etc/passwd', story, content)).toMatch(/不在 content 文件夹里/);
  });
});
