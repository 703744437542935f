import { describe, expect, it } from 'vitest';
import { isEmptyQuery, MAX_QUERY_LENGTH, normalizeQuery } from './normalize-query.ts';

describe('normalizeQuery', () => {
  it('folds widths, drops quotation marks and splits at any kind of space', () => {
    expect(normalizeQuery(' “万企帮万村”\u3000２０２４ ')).toEqual({ text: '万企帮万村 2024', terms: ['万企帮万村', '2024'] });
  });

  it('keeps the percent sign and decimal point that are part of a number', () => {
    expect(normalizeQuery('９６．５％').terms).toEqual(['96.5%']);
  });

  it('drops terms that are only punctuation and terms typed twice', () => {
    expect(normalizeQuery('营商环境 ， 营商环境 、').terms).toEqual(['营商环境']);
  });

  it('treats a query of punctuation alone as empty', () => {
    expect(isEmptyQuery(normalizeQuery(' ，。 '))).toBe(true);
  });

  it('cuts queries longer than the limit', () => {
    expect(normalizeQuery('测'.repeat(100)).text).toHaveLength(MAX_QUERY_LENGTH);
  });
});
