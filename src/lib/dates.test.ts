import { describe, expect, it } from 'vitest';
import { beijingYear, formatChineseDate, isoDate } from './dates.ts';

describe('dates', () => {
  it('writes a front-matter date the Chinese way without leading zeros', () => {
    expect(formatChineseDate(new Date('2024-01-08'))).toBe('2024年1月8日');
  });

  it('reads instants in Beijing time', () => {
    expect([isoDate(new Date('2023-12-31T20:00:00Z')), beijingYear(new Date('2023-12-31T20:00:00Z'))]).toEqual(['2024-01-01', 2024]);
  });
});
