import { describe, expect, it } from 'vitest';
import { buildExcerpt, escapeHtml, markRanges, splitSentences } from './excerpt.ts';

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

describe('splitSentences', () => {
  it('splits after Chinese punctuation and at Pagefind’s ". " joiner, which it drops', () => {
    const text = '一、2023年工作回顾. （一）行动扎实推进。 投入资金1.2亿元！';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['一、2023年工作回顾', '（一）行动扎实推进。', '投入资金1.2亿元！']);
  });

  it('splits where a space joins blocks of Chinese, and after a table cell’s number, never inside Latin words or decimals', () => {
    const text = '医药制造 前身为锦川制药厂。 1. 锦川华瑞 GDP growth 增长1.2亿元。';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['医药制造', '前身为锦川制药厂。', '1', '锦川华瑞', 'GDP growth', '增长1.2亿元。']);
  });
});

describe('buildExcerpt', () => {
  it('shows the whole sentence that holds the term, with the next one when it is short, and no Latin joiner', () => {
    const text = '工作报告. 一是持续优化营商环境。二是减负。 三是另一件很长的事情，这里的字数足够多，不会再被带上了，一直写到超过长度为止，还在继续写。';
    expect(buildExcerpt(text, ['营商环境'], { from: 6 })).toBe('一是持续优化<mark>营商环境</mark>。二是减负。');
  });

  it('prefers a real sentence to a run of labels and values', () => {
    const text = '云杉茶业. 2023年10月22日北川县茶叶. 北川县的茶叶企业把高山茶卖到全国。';
    expect(buildExcerpt(text, ['北川县'], { from: 6 })).toBe('<mark>北川县</mark>的茶叶企业把高山茶卖到全国。');
  });

  it('cuts a long sentence around the term, marking the cut with …', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十，持续优化营商环境，一二三四五六七八九十一二三四五六七八九十。';
    expect(buildExcerpt(text, ['营商环境'], { length: 10 })).toBe('…续优化<mark>营商环境</mark>，一二…');
  });

  it('starts at the first sentence past the title when the terms are not in the text', () => {
    expect(buildExcerpt('标题. 没有这个词的一段文字。', ['营商环境'], { from: 3 })).toBe('没有这个词的一段文字。');
  });
});
