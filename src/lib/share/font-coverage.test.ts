import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoverage } from './font-coverage.ts';
import { locateShareFontFiles } from './share-fonts.ts';

const covers = readCoverage(new Uint8Array(readFileSync(locateShareFontFiles()[0]!)));
const has = (text: string) => [...text].map((c) => covers(c.codePointAt(0)!));

describe('readCoverage of the primary font', () => {
  it('covers an ordinary report title with Chinese punctuation', () => {
    expect(has('关于表彰全国“万企帮万村”精准扶贫行动先进民营企业的决定（2024年第1号）').every(Boolean)).toBe(true);
  });

  it('reads characters beyond the BMP from the format 12 table: 𬌗 is there, 𠮷 and 𰻞 are not', () => {
    expect(has('𬌗𠮷𰻞')).toEqual([true, false, false]);
  });

  it('covers no Private Use Area character and no emoji', () => {
    expect(has('\uE000🙂')).toEqual([false, false]);
  });
});
