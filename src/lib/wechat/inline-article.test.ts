import { describe, expect, it } from 'vitest';
import { buildArticleStyle } from './article-style.ts';
import { inlineArticle } from './inline-article.ts';

const css = buildArticleStyle({ primary: '#9f1d20', accent: '#b8860b' });
const doc = (body: string) => `<html><head><style>${css}</style></head><body>${body}</body></html>`;

describe('inlineArticle', () => {
  it('writes the styles into each element and leaves no <style>, class or id', () => {
    const html = inlineArticle(doc('<section class="wechat-article"><h2 id="s1">一、回顾</h2><p class="salutation">各位执委：</p><p>正文。</p></section>'));
    expect(html).not.toMatch(/<style|class=| id=/);
    expect(html).toContain('<h2 style="margin: 28px 0 14px; padding: 0 0 6px; border-bottom: 2px solid #b8860b; color: #9f1d20; font-size: 18px; font-weight: bold; line-height: 1.6;">一、回顾</h2>');
    expect(html).toMatch(/<p style="[^"]*text-indent: 0;[^"]*">各位执委：<\/p>/);
  });

  it('removes a script, and the data- and aria- attributes the page carried', () => {
    const html = inlineArticle(doc('<div data-astro-cid-x aria-label="提示" role="note"><script>alert(1)</script><p>正文</p></div>'));
    expect(html).not.toMatch(/<script|data-astro|aria-label|role=/);
  });
});
