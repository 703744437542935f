import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placesOf, type LoadedEntry } from './entry.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { linkNodes } from './links.ts';
import { parseMarkdownTree } from './markdown.ts';
import { checkImageFiles, imageFileProblem } from './images.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-images-'));
const content = path.join(root, 'content');
const story = path.join(content, 'stories', '2024', 'x.md');
mkdirSync(path.dirname(story), { recursive: true });
copyFileSync('tests/fixtures/mini/stories/2023/lvye-cover.png', path.join(content, 'stories', '2024', 'cover.png'));
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
writeFileSync(path.join(content, 'stories', '2024', 'logo.svg'), svg);
writeFileSync(path.join(content, 'stories', '2024', 'chart.png'), svg);
writeFileSync(path.join(root, 'secret.png'), 'not in content');
symlinkSync(path.join(root, 'secret.png'), path.join(content, 'stories', '2024', 'link.png'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const message = (src: string) => imageFileProblem(src, story, content)?.message ?? null;

describe('imageFileProblem', () => {
  it('accepts a real PNG beside the story, and leaves site paths and other hosts to other checks', () => {
    expect(['./cover.png', 'cover.png', '/logo.svg', 'https://example.com/a.png'].map(message)).toEqual([null, null, null, null]);
  });

  it('refuses an SVG, also one renamed to .png', () => {
    expect(message('./logo.svg')).toBe('不支持 SVG 图片“./logo.svg”（SVG 里可以藏脚本），请另存为 PNG 或 JPG');
    expect(message('./chart.png')).toBe('“./chart.png”不是 PNG、JPG、GIF、WebP 或 AVIF 图片，请另存为 PNG 或 JPG');
  });

  it('refuses a path that climbs out of the content folder, whether or not the file exists', () => {
    expect(message('../../../secret.png')).toBe('图片“../../../secret.png”不在 content 文件夹里，请把图片放在文章旁边，写成 ./图片.jpg');
    expect(message('../../../../../../etc/passwd')).toMatch(/不在 content 文件夹里/);
  });

  it('follows a symbolic link that looks local but leads out of the content folder', () => {
    expect(message('./link.png')).toMatch(/不在 content 文件夹里/);
  });

  it('names an image that is not there', () => {
    expect(imageFileProblem('./chejian.jpg', story, content)).toEqual({ code: 'missing-image', message: '找不到图片 ./chejian.jpg，请检查文件名（大小写）和位置' });
  });
});

describe('checkImageFiles', () => {
  it('points at a body image and a story cover at their lines', () => {
    const yaml = parseYamlWithPositions('title: 故事\ncover:\n  src: ./meiyou.png\n  alt: 封面\n', 2);
    const entry = { kind: 'story', rel: 'stories/2024/x.md', absPath: story, slug: 'x', url: '/stories/2024/x/', oldUrls: [], data: yaml.data ?? {}, places: placesOf(yaml), links: linkNodes(parseMarkdownTree('正文\n\n![图](./logo.svg)\n')), honorTables: [], anchors: null, bodyLine: 7, personal: [], findings: [] } satisfies LoadedEntry;
    expect(checkImageFiles(entry, content).map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual(['9:1 image-file', '4:8 missing-image']);
  });
});
