import { describe, expect, it } from 'vitest';
import { headingAddsToTitle } from './honor-heading.ts';

describe('headingAddsToTitle', () => {
  it('drops a heading the title already says', () => {
    expect(headingAddsToTitle('2023年度锦川市光彩事业贡献奖', '光彩事业贡献奖')).toBe(false);
    expect(headingAddsToTitle('锦川市“万企帮万村”行动先进民营企业和先进个人', '先进民营企业')).toBe(false);
  });

  it('keeps a heading that names a group the title does not', () => {
    expect(headingAddsToTitle('全市“五好”县级工商联', '“五好”县级工商联建设先进基层商会')).toBe(true);
  });

  it('has nothing to add without a heading', () => {
    expect(headingAddsToTitle('全市“五好”县级工商联', null)).toBe(false);
    expect(headingAddsToTitle('全市“五好”县级工商联', ' ')).toBe(false);
  });
});
