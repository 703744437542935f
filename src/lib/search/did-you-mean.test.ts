import { describe, expect, it } from 'vitest';
import { suggestNames } from './did-you-mean.ts';
import { buildNameTable, commonReadings } from './name-table.ts';

const names = buildNameTable(['锦川华瑞药业股份有限公司', '华瑞药业', '云雾茶业', '欧阳明远', '全市“五好”县级工商联', '在全市优化营商环境政企恳谈会上的发言']);

describe('suggestNames', () => {
  it('suggests the enterprise one wrong character away', () => {
    expect(suggestNames('华锐药业', names)[0]).toBe('华瑞药业');
  });

  it('suggests by sound when an input method picked homophones the site never uses', () => {
    expect(suggestNames('云务茶叶', names)).toEqual([]);
    expect(suggestNames('云务茶叶', names, commonReadings())).toContain('云雾茶业');
  });

  it('suggests by pinyin when the pinyin has a slip', () => {
    expect(suggestNames('yunwuchaya', names)).toContain('云雾茶业');
  });

  it('suggests words of titles, not only enterprise names', () => {
    expect(suggestNames('营商坏境', names)).toContain('营商环境');
  });

  it('never suggests a part of a name with punctuation in it', () => {
    expect(suggestNames('五好县级', names).every((s) => /^[\p{L}\p{N}]+$/u.test(s))).toBe(true);
  });

  it('suggests nothing for a query far from every name', () => {
    expect(suggestNames('航天发射', names)).toEqual([]);
  });
});
