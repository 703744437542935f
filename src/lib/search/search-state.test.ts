import { describe, expect, it } from 'vitest';
import { readSearchState, resultHref, writeSearchState } from './search-state.ts';

describe('readSearchState', () => {
  it('reads the query, the chosen filters and the order from the URL', () => {
    expect(readSearchState('?q=营商环境&year=2024&year=2023&type=工作报告&sort=date')).toEqual({
      q: '营商环境',
      filters: { 年份: ['2024', '2023'], 类型: ['工作报告'] },
      order: 'date',
    });
  });

  it('falls back to no query, no filters and relevance order', () => {
    expect(readSearchState('')).toEqual({ q: '', filters: {}, order: 'relevance' });
  });
});

describe('writeSearchState', () => {
  it('writes what readSearchState reads', () => {
    const state = { q: '东坪县 杂粮', filters: { 区县: ['东坪县'] }, order: 'date' as const };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchState({ q: '', filters: {}, order: 'relevance' })).toBe('');
  });
});

describe('resultHref', () => {
  it('adds the terms to highlight and the honouree’s row', () => {
    expect(resultHref('/honors/2024/x/', '张伟', 'zhang-wei')).toBe('/honors/2024/x/?hl=%E5%BC%A0%E4%BC%9F#zhang-wei');
  });

  it('links to the page itself when no row matched', () => {
    expect(resultHref('/reports/2024/zhiwei/', '96.5%')).toBe('/reports/2024/zhiwei/?hl=96.5%25');
  });
});
