import { describe, expect, it } from 'vitest';
import { drawableFrom, findUndrawable, formatCodePoint, loadDrawable, needsGlyph } from './drawable.ts';

const drawable = loadDrawable();
const family = (char: string) => drawable.familyOf(char.codePointAt(0)!);

describe('loadDrawable with the bundled fonts', () => {
  it('draws the rare characters of people’s and companies’ names, each from the family that has it', () => {
    expect([...'堃喆昇䶮𬌗𠮷'].map(family)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('draws Hong Kong characters the primary and the Japanese fallback lack from the Hong Kong one', () => {
    expect(family('𠠬')).toBe(2);
  });

  it('draws no private-use character and no Extension G character such as 𰻞', () => {
    expect([family('\uE000'), family('𰻞')]).toEqual([-1, -1]);
  });
});

describe('findUndrawable', () => {
  it('lists each occurrence with its UTF-16 offset', () => {
    expect(findUndrawable('吉𠮷\uE000号𰻞', drawable)).toEqual([
      { char: '\uE000', offset: 3 },
      { char: '𰻞', offset: 5 },
    ]);
  });

  it('finds nothing in ordinary report text with Chinese punctuation', () => {
    expect(findUndrawable('关于表彰全国“万企帮万村”精准扶贫行动先进民营企业的决定（2024年第1号）', drawable)).toEqual([]);
  });

  it('works from any cmap tests, first family first', () => {
    const latin = drawableFrom([(cp) => cp < 0x80, (cp) => cp >= 0x4e00 && cp <= 0x9fff]);
    expect([latin.familyOf(0x41), latin.familyOf(0x5de5), latin.familyOf(0x3042)]).toEqual([0, 1, -1]);
  });
});

describe('needsGlyph', () => {
  it('leaves out spaces, joiners and variation selectors', () => {
    expect(['吉', ' ', '\n', '\u200D', '\uFE0F', '\u{E0100}'].map(needsGlyph)).toEqual([true, false, false, false, false, false]);
  });
});

describe('formatCodePoint', () => {
  it('writes at least four hex digits', () => {
    expect([formatCodePoint('𠮷'), formatCodePoint('\uE000'), formatCodePoint('A')]).toEqual(['U+20BB7', 'U+E000', 'U+0041']);
  });
});
