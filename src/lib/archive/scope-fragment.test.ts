import { describe, expect, it } from 'vitest';
import { scopeFragment } from './scope-fragment.ts';

describe('scopeFragment', () => {
  it('prefixes heading ids and moves headings one level down', () => {
    expect(scopeFragment('<h2 id="s1">一、2023年工作回顾</h2><h3 id="s1-2">（二）帮扶行动持续深化。</h3>', 'r-changwei', 1)).toBe(
      '<h3 id="r-changwei-s1">一、2023年工作回顾</h3><h4 id="r-changwei-s1-2">（二）帮扶行动持续深化。</h4>',
    );
  });

  it('keeps in-document links pointing at the prefixed ids', () => {
    expect(scopeFragment('<a href="#s1-1">（一）服务企业有力有效。</a>', 'r-changwei', 1)).toBe('<a href="#r-changwei-s1-1">（一）服务企业有力有效。</a>');
  });

  it('prefixes every id an aria reference lists', () => {
    expect(scopeFragment('<div role="region" aria-labelledby="cap note" tabindex="0">', 'h-xianjin', 1)).toBe(
      '<div role="region" aria-labelledby="h-xianjin-cap h-xianjin-note" tabindex="0">',
    );
  });

  it('never goes below h6', () => {
    expect(scopeFragment('<h6>附</h6>', 's-lvye', 2)).toBe('<h6>附</h6>');
  });

  it('leaves paragraphs and outside links as written', () => {
    const html = '<p>详见<a href="https://www.jcgsl.example.cn/">市工商联网站</a>。</p>';
    expect(scopeFragment(html, 'r-changwei', 1)).toBe(html);
  });
});
