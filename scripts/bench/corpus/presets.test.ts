import { describe, expect, it } from 'vitest';
import { PRESETS, isPresetName, spreadOverYears } from './presets.ts';

describe('PRESETS', () => {
  it('sizes large as the issue asks: 30 years, 600 reports, 1,500 stories, 300 honour lists, 2,000 enterprises', () => {
    const { firstYear, lastYear, reports, stories, honors, enterprises } = PRESETS.large;
    expect([lastYear - firstYear + 1, reports, stories, honors, enterprises]).toEqual([30, 600, 1500, 300, 2000]);
  });

  it('makes huge four times large over the same years', () => {
    const { large, huge } = PRESETS;
    expect([huge.reports, huge.stories, huge.honors, huge.enterprises]).toEqual([
      large.reports * 4, large.stories * 4, large.honors * 4, large.enterprises * 4,
    ]);
    expect(huge.lastYear - huge.firstYear).toBe(large.lastYear - large.firstYear);
  });
});

describe('isPresetName', () => {
  it('accepts the three preset names and nothing else', () => {
    expect(['small', 'large', 'huge', 'xl', 'constructor'].map(isPresetName)).toEqual([true, true, true, false, false]);
  });
});

describe('spreadOverYears', () => {
  it('gives later years more than earlier ones', () => {
    expect(spreadOverYears(10, 2020, 2021)).toEqual([3, 7]);
  });

  it('always sums to the total', () => {
    const counts = spreadOverYears(600, 1996, 2025);
    expect(counts).toHaveLength(30);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(600);
  });

  it('puts everything in the one year of a one-year span', () => {
    expect(spreadOverYears(7, 2024, 2024)).toEqual([7]);
  });
});
