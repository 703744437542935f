import { describe, expect, it } from 'vitest';
import { checkLinks, linkNodes, normalisePagePath, type SiteIndex } from './links.ts';
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
});
