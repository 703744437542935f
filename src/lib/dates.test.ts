import { describe, expect, it } from 'vitest';
import { beijingYear, formatChineseDate, isoDate, readBeijingDate } from './dates.ts';

describe('dates', () => {
  it('writes a front-matter date the Chinese way without leading zeros', () => {
    expect(formatChineseDate(readBeijingDate('2024-01-08') as Date)).toBe('2024年1月8日');
  });

  it('reads instants in Beijing time', () => {
    expect([isoDate(new Date('2023-12-31T20:00:00Z')), beijingYear(new Date('2023-12-31T20:00:00Z'))]).toEqual(['2024-01-01', 2024]);
  });
});

describe('readBeijingDate', () => {
  it.each([
    ['a day starts at midnight in Beijing', '2024-01-18', '2024-01-17T16:00:00.000Z'],
    ['a time without a zone is Beijing time', '2025-01-01T07:30:00', '2024-12-31T23:30:00.000Z'],
    ['a space may stand for the T', '2024-02-01 09:00', '2024-02-01T01:00:00.000Z'],
    ['an explicit +08:00 means the same', '2025-01-01T07:30:00+08:00', '2024-12-31T23:30:00.000Z'],
    ['Z is UTC', '2024-02-01T09:00:00Z', '2024-02-01T09:00:00.000Z'],
    ['another zone is honoured', '2024-02-01T09:00:00-0500', '2024-02-01T14:00:00.000Z'],
  ])('%s: %s', (_, written, instant) => {
    expect((readBeijingDate(written) as Date).toISOString()).toBe(instant);
  });

  it('keeps the Beijing calendar day of a date written without a time', () => {
    expect([isoDate(readBeijingDate('2025-01-01') as Date), beijingYear(readBeijingDate('2025-01-01T07:30:00+08:00') as Date)]).toEqual(['2025-01-01', 2025]);
  });

  it.each([
    ['2024-02-30', 'missing-day'],
    ['2023-02-29', 'missing-day'],
    ['2024-01-18T24:00', 'missing-day'],
    ['2024/1/18', 'bad-format'],
    ['2024-1-18', 'bad-format'],
    ['二〇二四年一月十八日', 'bad-format'],
    ['', 'bad-format'],
  ])('refuses %s as %s', (written, why) => {
    expect(readBeijingDate(written)).toBe(why);
  });
});
