import { describe, expect, it } from 'vitest';
import { countFacets, matchesSelection } from './facets.ts';

const pages = [
  { filters: { 年份: ['2024'], 类型: ['工作报告'] } },
  { filters: { 年份: ['2024'], 类型: ['企业故事'], 区县: ['东坪县'] } },
  { filters: { 年份: ['2023'], 类型: ['表彰名单'] } },
  { filters: { 类型: ['企业'], 区县: ['东坪县'] } },
];

describe('matchesSelection', () => {
  it('widens within one filter and narrows across filters', () => {
    expect(matchesSelection({ 年份: ['2024'], 类型: ['工作报告'] }, { 年份: ['2023', '2024'] })).toBe(true);
    expect(matchesSelection({ 年份: ['2024'], 类型: ['工作报告'] }, { 年份: ['2024'], 类型: ['企业'] })).toBe(false);
  });

  it('drops pages without the filter once a value is chosen', () => {
    expect(matchesSelection({ 类型: ['企业'] }, { 年份: ['2024'] })).toBe(false);
  });
});

describe('countFacets', () => {
  it('counts each value, years newest first and types in the site’s order', () => {
    expect(countFacets(pages, {})).toEqual({
      年份: [['2024', 2], ['2023', 1]],
      类型: [['工作报告', 1], ['表彰名单', 1], ['企业故事', 1], ['企业', 1]],
      区县: [['东坪县', 2]],
    });
  });

  it('counts a filter’s values under the other filters chosen, not under its own', () => {
    const counts = countFacets(pages, { 年份: ['2024'] });
    expect(counts.年份).toEqual([['2024', 2], ['2023', 1]]);
    expect(counts.类型).toEqual([['工作报告', 1], ['企业故事', 1]]);
  });

  it('keeps a chosen value that no longer has results, with a count of 0', () => {
    expect(countFacets(pages, { 区县: ['北川县'] }).区县).toEqual([['北川县', 0], ['东坪县', 2]]);
  });
});
