import { describe, expect, it } from 'vitest';
import { computeAllYears } from './all-years.ts';
import { numbersFixture } from './numbers-fixture.ts';

describe('computeAllYears', () => {
  const numbers = computeAllYears(numbersFixture(), [2024, 2023]);

  it('tabulates every key figure, oldest year first', () => {
    expect(numbers.years).toEqual([2023, 2024]);
    expect(numbers.table.find((row) => row.key === 'honorees')).toEqual({ key: 'honorees', label: '受表彰对象', unit: '个', values: [3, 4] });
  });

  it('charts the figures per year as columns, and the counties over all years as bars', () => {
    expect(numbers.charts.map((c) => [c.spec.kind, c.spec.title])).toEqual([
      ['column', '历年受表彰对象'],
      ['column', '历年受表彰企业（企业名录内）'],
      ['column', '历年企业故事'],
      ['column', '历年工作报告'],
      ['bar', '历年受表彰对象（按区县）'],
      ['bar', '历年受表彰企业（按行业）'],
    ]);
    expect(numbers.charts[4]!.spec.series[0]!.values.reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('computeAllYears over many years', () => {
  it('draws the figures per year as lines once there are more years than a phone can label', () => {
    const input = numbersFixture();
    const years = Array.from({ length: 8 }, (_, i) => 2024 - i);
    expect(computeAllYears(input, years).charts[0]!.spec.kind).toBe('line');
  });
});
