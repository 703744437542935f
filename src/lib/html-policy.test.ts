import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { isSiteUrl, sanitizeHtmlTree } from './html-policy.ts';

const clean = (html: string) => toHtml(sanitizeHtmlTree(fromHtml(html, { fragment: true }) as Root));

describe('sanitizeHtmlTree', () => {
  it('drops script, style and iframe with everything inside them', () => {
    expect(clean('<p>甲</p><script>alert(1)</script><style>body{display:none}</style><iframe src="https://v.example.com/"></iframe>')).toBe('<p>甲</p>');
  });

  it('drops event handlers and script-capable links however they are spelled', () => {
    expect(clean('<a href="&#106;avascript:alert(1)" onclick="x()">甲</a><a href="java\tscript:x">乙</a><a href="vbscript:x">丙</a><a href="data:text/html,x">丁</a>')).toBe('<a>甲</a><a>乙</a><a>丙</a><a>丁</a>');
  });

  it('keeps links to https, mail and phone, and to the site itself', () => {
    const html = '<a href="https://www.gov.cn/">甲</a><a href="mailto:a@b.cn">乙</a><a href="tel:0571-1">丙</a><a href="/reports/2024/x/#s1">丁</a>';
    expect(clean(html)).toBe(html);
  });

  it('keeps images from the site and drops images from other hosts or data: URLs', () => {
    expect(clean('<img src="./a.jpg" alt="甲"><img src="https://t.example.com/p.gif" alt="乙"><img src="//cdn.example.com/p.gif" alt="丙"><img src="/\\evil.example/p.gif" alt="丁">')).toBe('<img src="./a.jpg" alt="甲">');
  });

  it('drops comments, SVG, forms, base, meta and link', () => {
    expect(clean('甲<!-- 13800138000 --><svg><script>x</script></svg><form action="https://x.example/"><input name="q"></form><base href="https://x.example/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="https://x.example/a.css">')).toBe('甲');
  });

  it('keeps heading ids as written (s1, s1-2), footnote ids and the salutation class', () => {
    const html = '<p class="salutation">各位委员：</p><h2 id="s1">一、总体要求</h2><h3 id="s1-2">（二）优化环境</h3><sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><ol><li id="user-content-fn-1">注</li></ol>';
    expect(clean(html)).toBe(html);
  });

  it('drops ids outside headings, so content cannot take an id the page layout uses', () => {
    expect(clean('<div id="main" name="x">甲</div>')).toBe('<div>甲</div>');
  });

  it('keeps tables with alignment, line breaks, sup and sub', () => {
    const html = '<table><thead><tr><th align="right">数量</th></tr></thead><tbody><tr><td align="right">1</td></tr></tbody></table><p>H<sub>2</sub>O<br>10<sup>3</sup></p>';
    expect(clean(html)).toBe(html);
  });
});

describe('isSiteUrl', () => {
  it('tells relative and site paths from other hosts however written', () => {
    expect(['./a.jpg', '../b.png', '/logo.svg', '//x.example/a', '/\\x.example/a', 'https://x.example/a', 'data:image/png;base64,AA', 'javascript:x'].map(isSiteUrl)).toEqual([true, true, true, false, false, false, false, false]);
  });
});
