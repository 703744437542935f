import { beforeAll, describe, expect, it } from 'vitest';
import { findMissingChars, type CoverageTest } from './font-coverage.ts';
import { loadShareFonts } from './share-fonts.ts';

let coverage: CoverageTest[] = [];
beforeAll(() => {
  coverage = loadShareFonts().coverage;
});

describe('findMissingChars with the site font', () => {
  it('finds nothing missing in an ordinary report title with Chinese punctuation', () => {
    expect(findMissingChars('关于表彰全国“万企帮万村”精准扶贫行动先进民营企业的决定（2024年第1号）', coverage)).toEqual([]);
  });

  it('names a Private Use Area character that no font has', () => {
    expect(findMissingChars('锦川\uE000商会', coverage)).toEqual(['\uE000']);
  });

  it('names an emoji and a rare Extension G ideograph once each', () => {
    expect(findMissingChars('点赞🙂🙂𰻞', coverage)).toEqual(['🙂', '𰻞']);
  });

  it('ignores spaces and line breaks', () => {
    expect(findMissingChars('锦川 工商联\n\t', coverage)).toEqual([]);
  });
});

describe('findMissingChars', () => {
  it('accepts a character any one of the fonts covers', () => {
    const latin: CoverageTest = (cp) => cp < 0x80;
    const han: CoverageTest = (cp) => cp >= 0x4e00 && cp <= 0x9fff;
    expect(findMissingChars('ICP备案', [latin, han])).toEqual([]);
  });
});
