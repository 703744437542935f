import { describe, expect, it } from 'vitest';
import { findTermRanges, hasEveryTerm } from './match-terms.ts';

describe('hasEveryTerm', () => {
  it('accepts a page that holds the query as written', () => {
    expect(hasEveryTerm('持续优化营商环境。', ['营商环境'])).toBe(true);
  });

  it('rejects a page that holds the query’s characters only apart', () => {
    expect(hasEveryTerm('营商的氛围好了，购物环境也好了。', ['营商环境'])).toBe(false);
  });

  it('needs every term of a query with several', () => {
    expect(hasEveryTerm('东坪县的杂粮', ['东坪县', '杂粮'])).toBe(true);
    expect(hasEveryTerm('东坪县的小米', ['东坪县', '杂粮'])).toBe(false);
  });

  it('matches across full-width and half-width forms and thousands separators', () => {
    expect(hasEveryTerm('满意度达到９６．５％', ['96.5%'])).toBe(true);
    expect(hasEveryTerm('走访企业2,300家', ['2300家'])).toBe(true);
  });

  it('finds nothing for a query without terms', () => {
    expect(hasEveryTerm('任何文字', [])).toBe(false);
  });
});

describe('findTermRanges', () => {
  it('gives the original positions of each occurrence, not of scattered characters', () => {
    expect(findTermRanges('营商的环境，营商环境', ['营商环境'])).toEqual([[6, 10]]);
  });

  it('spans a thousands separator inside the match', () => {
    expect(findTermRanges('带动1,200户', ['1200户'])).toEqual([[2, 8]]);
  });

  it('merges overlapping occurrences of different terms', () => {
    expect(findTermRanges('林秋实董事长', ['林秋', '林秋实'])).toEqual([[0, 3]]);
  });
});
