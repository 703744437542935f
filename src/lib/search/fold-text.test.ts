import { describe, expect, it } from 'vitest';
import { foldAlphanumerics, foldForMatch, foldWidth } from './fold-text.ts';

describe('foldWidth', () => {
  it('turns full-width digits, letters, percent and brackets into half-width, one for one', () => {
    expect(foldWidth('ＧＤＰ增长９８％（同比）')).toBe('gdp增长98%(同比)');
  });

  it('turns the ideographic space into a plain space', () => {
    expect(foldWidth('营商\u3000环境')).toBe('营商 环境');
  });

  it('leaves Chinese punctuation that has no half-width twin alone', () => {
    expect(foldWidth('“万企帮万村”、〔2024〕')).toBe('“万企帮万村”、〔2024〕');
  });
});

describe('foldAlphanumerics', () => {
  it('folds letters and digits but keeps full-width punctuation for excerpts', () => {
    expect(foldAlphanumerics('增长９８％，ＧＤＰ（同比）')).toBe('增长98％，GDP（同比）');
  });

  it('folds a full-width decimal point between digits so the number stays one word', () => {
    expect(foldAlphanumerics('满意度９６．５％。下一步．')).toBe('满意度96.5％。下一步．');
  });
});

describe('foldForMatch', () => {
  it('drops spaces and thousands separators and remembers where each character came from', () => {
    expect(foldForMatch('增长 2,000 家')).toEqual({ text: '增长2000家', origin: [0, 1, 3, 5, 6, 7, 9] });
  });

  it('keeps a comma that separates words, not digits', () => {
    expect(foldForMatch('东坪县,北川县').text).toBe('东坪县,北川县');
  });
});
