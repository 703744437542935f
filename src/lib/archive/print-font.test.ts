import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateShareFontFiles } from '../share/share-fonts.ts';
import { readCoverage } from '../share/font-coverage.ts';
import { loadDrawable } from '../fonts/drawable.ts';
import { collectPrintText, splitPrintText, subsetPrintFont, unicodeRangeOf } from './print-font.ts';

const page = (html: string) => ({ path: '/archives/2024/compilation/index.html', data: Buffer.from(html) });

describe('collectPrintText', () => {
  it('keeps the characters of the page text, with entities decoded', () => {
    const text = collectPrintText([page('<h1>锦川&#x5E02;工商联</h1><p>民营经济&amp;营商环境</p>')]);
    for (const char of '锦川市工商联民营经济营商环境&') expect(text).toContain(char);
    expect(text).not.toContain('#x5E02');
  });

  it('keeps what CSS draws, such as the page number’s dashes, but not CSS of other kinds of file', () => {
    const text = collectPrintText([{ path: '/_astro/compilation.css', data: Buffer.from("@bottom-center { content: '— ' counter(page) ' —' } /* 页脚 */") }, { path: '/logo.svg', data: Buffer.from('<svg><text>徽</text></svg>') }]);
    expect(text).toContain('—');
    expect(text).toContain('页');
    expect(text).not.toContain('徽');
  });

  it('always keeps digits and Chinese numerals, which the printer writes into the contents', () => {
    const text = collectPrintText([]);
    for (const char of '0123456789一二三十') expect(text).toContain(char);
  });

  it('lists each character once, in code point order, so the same page gives the same text', () => {
    const text = collectPrintText([page('<p>联联工工</p>')]);
    expect([...text].filter((c) => c === '工')).toHaveLength(1);
    expect(text.indexOf('工')).toBeLessThan(text.indexOf('联'));
  });
});

describe('subsetPrintFont', () => {
  const font = readFileSync(locateShareFontFiles()[0]!);

  it('keeps the characters asked for and drops the look-alike radicals that share their glyphs', async () => {
    const covers = readCoverage(await subsetPrintFont(font, '工商民营'));
    const full = readCoverage(font);
    expect([full(0x2f2f), full(0x2ea0)]).toEqual([true, true]);
    expect(['工', '商', '民', '营', '⼯', '⺠'].map((c) => covers(c.codePointAt(0)!))).toEqual([true, true, true, true, false, false]);
  });

  it('cuts the same text to the same bytes', async () => {
    const first = await subsetPrintFont(font, '年度汇编');
    expect(first.equals(await subsetPrintFont(font, '年度汇编'))).toBe(true);
    expect(first.byteLength).toBeLessThan(font.byteLength / 100);
  });
});

describe('splitPrintText', () => {
  it('gives each rare character to the first family that draws it and everything else to the primary', () => {
    expect(splitPrintText('吉𠮷工𠠬\uE000 𬌗', loadDrawable(), 3)).toEqual(['吉工\uE000 𬌗', '𠮷', '𠠬']);
  });
});

describe('unicodeRangeOf', () => {
  it('lists each code point once', () => {
    expect(unicodeRangeOf('𠮷䶮𠮷')).toBe('U+20BB7, U+4DAE');
  });
});
