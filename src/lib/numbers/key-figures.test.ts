import { describe, expect, it } from 'vitest';
import { countFigures, describeChange, keyFigures } from './key-figures.ts';
import { numbersFixture } from './numbers-fixture.ts';

const input = numbersFixture();

describe('countFigures', () => {
  it('counts a year’s pieces, honourees, honoured enterprises, story enterprises and events', () => {
    expect(countFigures(input, 2024)).toEqual({ reports: 2, honors: 1, honorees: 4, honouredEnterprises: 2, stories: 2, storyEnterprises: 2, events: 3 });
  });
});

describe('keyFigures', () => {
  it('gives each figure the year before’s value when the site goes back that far', () => {
    const figures = keyFigures(input, 2024, [2024, 2023]);
    expect(figures.find((f) => f.key === 'honorees')).toEqual({ key: 'honorees', label: '受表彰对象', unit: '个', value: 4, previous: 3 });
  });

  it('has nothing to compare the first year with', () => {
    expect(keyFigures(input, 2023, [2024, 2023]).every((f) => f.previous === undefined)).toBe(true);
  });
});

describe('describeChange', () => {
  it('says up, down or the same, with the unit', () => {
    expect([describeChange({ value: 5, previous: 3, unit: '篇' }), describeChange({ value: 1, previous: 3, unit: '份' }), describeChange({ value: 2, previous: 2, unit: '件' }), describeChange({ value: 2, unit: '件' })]).toEqual([
      '比上年增加 2 篇',
      '比上年减少 2 份',
      '与上年持平',
      '',
    ]);
  });
});
