import { describe, expect, it } from 'vitest';
import { buildExcerpt, escapeHtml, markRanges } from './excerpt.ts';

describe('escapeHtml', () => {
  it('escapes the characters that mean something in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('markRanges', () => {
  it('wraps each range in mark and escapes the rest', () => {
    expect(markRanges('优化<营商环境>', [[3, 7]])).toBe('优化&lt;<mark>营商环境</mark>&gt;');
  });
});

describe('buildExcerpt', () => {
  it('centres on the first occurrence and marks only the query’s own characters', () => {
    const text = '营商的氛围好了。一二三四五六七八九十，持续优化营商环境，推进帮扶。';
    expect(buildExcerpt(text, ['营商环境'], { length: 10 })).toBe('…续优化<mark>营商环境</mark>，推进…');
  });

  it('prefers an occurrence after the title when the text starts with it', () => {
    const text = '青禾食品. 一家企业. 青禾食品在东坪县建车间。';
    expect(buildExcerpt(text, ['青禾食品'], { length: 8, from: 5 })).toBe('…. <mark>青禾食品</mark>在东…');
  });

  it('starts at the beginning when the terms are not in the text', () => {
    expect(buildExcerpt('没有这个词的一段很长很长的文字', ['营商环境'], { length: 6 })).toBe('没有这个词的…');
  });
});
