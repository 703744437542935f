import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinkGraph, readXmlLinks } from './read-link-graph.ts';

const dist = path.join(mkdtempSync(path.join(tmpdir(), 'gsl-link-graph-')), 'dist');
const files: Record<string, string> = {
  'index.html': `<!doctype html><html lang="zh-CN"><head><link rel="canonical" href="https://www.jcgsl.example.cn/">
    <meta name="gsl:share" content="{&quot;kind&quot;:&quot;home&quot;,&quot;title&quot;:&quot;锦川工商联&quot;,&quot;description&quot;:&quot;&quot;,&quot;pagePath&quot;:&quot;/&quot;}">
    <meta property="og:image" content="https://www.jcgsl.example.cn/share/_site/card.png"><link rel="stylesheet" href="/_astro/Base.B2x9kd3a.css"></head>
    <body><a href="/reports/">工作报告</a><a href="https://other.example.com/">外站</a><a href="/reports/2024/zhiwei/#s1">报告第一部分</a><a href="http://[broken">坏链接</a></body></html>`,
  'reports/2024/zhiwei/index.html': '<a href="../../">返回列表</a><img src="/share/_site/card.png" alt="卡片">',
  'reports/index.html': '<a href="/">首页</a>',
  'share/_site/card.png': 'PNG',
  '_astro/Base.B2x9kd3a.css': 'body{}',
  'sitemap-0.xml': '<?xml version="1.0"?><urlset><url><loc>https://www.jcgsl.example.cn/reports/2024/zhiwei/</loc></url><url><loc>https://www.jcgsl.example.cn/gone/</loc></url></urlset>',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
  writeFileSync(path.join(dist, name), text);
}
const siteFiles = new Set(Object.keys(files));

describe('readLinkGraph', () => {
  it('resolves a page’s links, stylesheets and absolute og:image to files of the site, and skips other sites and bad URLs', () => {
    const graph = readLinkGraph(dist, ['index.html'], siteFiles);
    expect(graph.links.get('index.html')).toEqual(['_astro/Base.B2x9kd3a.css', 'reports/2024/zhiwei/index.html', 'reports/index.html', 'share/_site/card.png']);
    expect(graph.kinds.get('index.html')).toBe('home');
  });

  it('resolves relative links from the page’s own folder and leaves files it was not asked about alone', () => {
    const graph = readLinkGraph(dist, ['reports/2024/zhiwei/index.html', 'share/_site/card.png'], siteFiles);
    expect([...graph.links]).toEqual([['reports/2024/zhiwei/index.html', ['reports/index.html', 'share/_site/card.png']]]);
  });

  it('reads the pages a sitemap lists, keeping only those that are files of the site', () => {
    expect(readLinkGraph(dist, ['sitemap-0.xml'], siteFiles).links.get('sitemap-0.xml')).toEqual(['reports/2024/zhiwei/index.html']);
  });
});

describe('readXmlLinks', () => {
  it('reads an RSS item’s link and guid and an Atom link’s href', () => {
    const rss = '<rss><channel><link>https://a.cn/</link><atom:link href="https://a.cn/rss.xml" rel="self"/><item><title>标题</title><link>https://a.cn/x/</link><guid>https://a.cn/x/</guid></item></channel></rss>';
    expect(readXmlLinks(rss)).toEqual(['https://a.cn/', 'https://a.cn/rss.xml', 'https://a.cn/x/', 'https://a.cn/x/']);
  });
});
