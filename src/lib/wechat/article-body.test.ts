import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-body.ts';

const page = (article: string) => `<!doctype html><html><body><header><a href="/">首页</a></header><main><nav class="toc"><a href="#s1">目录</a></nav><article class="doc" data-pagefind-body>${article}</article></main><footer>ICP</footer></body></html>`;
const url = 'https://www.jcgsl.example.cn/stories/2024/jian/';

describe('extractArticle', () => {
  it('takes only the article, with links and images as absolute addresses and no responsive image sets', () => {
    const html = extractArticle(page('<p>见<a href="/reports/2024/x/#s1">报告</a><img src="/_astro/a.webp" srcset="/_astro/a-375.webp 375w" sizes="100vw" alt="车间"></p>'), url);
    expect(toHtml(html)).toBe('<p>见<a href="https://www.jcgsl.example.cn/reports/2024/x/#s1">报告</a><img src="https://www.jcgsl.example.cn/_astro/a.webp" alt="车间"></p>');
  });

  it('leaves out the print note, hidden text, scripts and controls', () => {
    const html = extractArticle(page('<h2 id="s1">一、回顾</h2><script>alert(1)</script><span class="visually-hidden">表格</span><button>分享</button><div class="print-only"><p>本文网址：…</p></div><p hidden>隐藏</p>'), url);
    expect(toHtml(html)).toBe('<h2 id="s1">一、回顾</h2>');
  });

  it('says so when the page has no article', () => {
    expect(() => extractArticle('<main><p>无</p></main>', url)).toThrow('页面里没有找到正文');
  });
});
