import { describe, expect, it } from 'vitest';
import { suggestQueries } from './suggest-queries.ts';

describe('suggestQueries', () => {
  it('offers the two halves of a long term', () => {
    expect(suggestQueries(['万企帮万户'])).toEqual(['万企帮', '万户']);
  });

  it('offers each term alone when there are several', () => {
    expect(suggestQueries(['营商环境', '临溪县'])).toEqual(['营商环境', '临溪县']);
  });

  it('offers nothing for a short term', () => {
    expect(suggestQueries(['茶农'])).toEqual([]);
  });
});
