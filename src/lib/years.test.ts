import { describe, expect, it } from 'vitest';
import { groupByYear, listYears, sortNewestFirst } from './years.ts';

const item = (year: number, title: string, date = `${year}-06-01`) => ({ year, title, date: new Date(date) });

describe('groupByYear', () => {
  it('puts the newest year first and keeps the order inside each year', () => {
    const groups = groupByYear([item(2022, '甲'), item(2024, '乙'), item(2022, '丙'), item(2023, '丁')]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.title)])).toEqual([
      [2024, ['乙']],
      [2023, ['丁']],
      [2022, ['甲', '丙']],
    ]);
  });

  it('returns no groups for no items', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('sortNewestFirst', () => {
  it('orders by date descending and by title when dates are equal', () => {
    const sorted = sortNewestFirst([item(2024, '乙', '2024-01-18'), item(2024, '甲', '2024-03-02'), item(2024, '丙', '2024-01-18')]);
    expect(sorted.map((i) => i.title)).toEqual(['甲', '丙', '乙']);
  });
});

describe('listYears', () => {
  it('lists each year once across several collections, newest first', () => {
    expect(listYears([item(2022, 'a')], [item(2024, 'b'), item(2022, 'c')], [])).toEqual([2024, 2022]);
  });
});
