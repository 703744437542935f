import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLinks, linkNodes, localImageProblem, normalisePagePath, type SiteIndex } from './links.ts';
import { parseMarkdownTree } from './markdown.ts';

const site: SiteIndex = new Map([
  ['/reports/', null],
  ['/reports/2024/zhiwei-2024/', new Set(['s1', 's1-2'])],
]);
const context = { absPath: '/tmp/none/reports/2024/a.md', pageUrl: '/reports/2024/a/' };
const messages = (body: string) => checkLinks(linkNodes(parseMarkdownTree(body)), 8, site, context).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('normalisePagePath', () => {
  it('adds the trailing slash pages are served under', () => {
    expect(normalisePagePath('/reports/2024/zhiwei-2024')).toBe('/reports/2024/zhiwei-2024/');
  });
});

describe('checkLinks', () => {
  it('accepts a link to an existing page and anchor', () => {
    expect(messages('[报告](/reports/2024/zhiwei-2024/#s1-2)')).toEqual([]);
  });

  it('suggests the page a misspelt link meant', () => {
    expect(messages('正文\n\n[报告](/reports/2024/zhiwei-2042/)')).toEqual(['10:1 站内链接 /reports/2024/zhiwei-2042/ 指向的页面不存在，是不是 /reports/2024/zhiwei-2024/？']);
  });

  it('reports a missing anchor with the closest one', () => {
    expect(messages('[报告](/reports/2024/zhiwei-2024/#s1-3)')).toEqual(['8:1 页面 /reports/2024/zhiwei-2024/ 里没有“#s1-3”这个位置，是不是 #s1-2？']);
  });

  it('leaves external links alone', () => {
    expect(messages('[全国工商联](https://www.acfic.org.cn/)')).toEqual([]);
  });

  it('reports a relative image that does not exist', () => {
    expect(messages('![车间](./chejian.jpg)')).toEqual(['8:1 找不到图片 ./chejian.jpg，请检查文件名和位置']);
  });

  it('refuses an image taken from outside the content folder, which would publish a file of the build machine', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-outside-'));
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'stories/2024'), { recursive: true });
    writeFileSync(path.join(root, 'secret.png'), 'PNG');
    const found = checkLinks(linkNodes(parseMarkdownTree('![截图](../../../secret.png)')), 8, site, { ...context, absPath: path.join(content, 'stories/2024/a.md'), contentRoot: content });
    expect(found.map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`)).toEqual(['8:1 image-outside 图片 ../../../secret.png 不在内容文件夹里，不能发布：请把图片放在文章旁边，写成 ./图片名.jpg']);
  });
});

describe('localImageProblem', () => {
  it('follows a symbolic link that looks local but leads out of the content folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-symlink-'));
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'stories'), { recursive: true });
    writeFileSync(path.join(root, 'secret.png'), 'PNG');
    writeFileSync(path.join(content, 'stories/ok.png'), 'PNG');
    symlinkSync(path.join(root, 'secret.png'), path.join(content, 'stories/link.png'));
    const from = path.join(content, 'stories/a.md');
    expect(['./link.png', './ok.png', './none.png'].map((src) => localImageProblem(from, src, content))).toEqual(['outside', undefined, 'missing']);
  });
});
