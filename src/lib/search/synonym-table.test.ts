import { describe, expect, it } from 'vitest';
import { synonymForms, synonymProblems } from './synonym-table.ts';

const SECTOR = [
  ['民企', '民营企业'],
  ['工商联', '工商业联合会'],
  ['非公经济', '非公有制经济'],
];

describe('synonymForms', () => {
  it('gives the full name for an abbreviation and the abbreviation for the full name', () => {
    expect(synonymForms('民企', SECTOR).map((f) => f.text)).toEqual(['民营企业']);
    expect(synonymForms('民营企业', SECTOR).map((f) => f.text)).toEqual(['民企']);
  });

  it('rewrites a form found inside a longer term, saying which form stood for which', () => {
    expect(synonymForms('县级工商联', SECTOR)).toEqual([{ text: '县级工商业联合会', from: '工商联', to: '工商业联合会' }]);
  });

  it('gives nothing for a term the table does not name', () => {
    expect(synonymForms('万企帮万村', SECTOR)).toEqual([]);
  });
});

describe('synonymProblems', () => {
  it('refuses a form written in two groups, naming the first group', () => {
    expect(synonymProblems([['民企', '民营企业'], ['私企', '民企']])).toEqual([{ at: [1, 1], level: 'error', message: '同义词“民企”已经写在第 1 组里；一个词只能属于一组，请合并或删掉一处' }]);
  });

  it('refuses a form repeated inside its group', () => {
    expect(synonymProblems([['民企', '民营企业', '民企']]).map((p) => [p.at, p.level])).toEqual([[[0, 2], 'error']]);
  });

  it('warns when two forms of a group differ by one character, like two programmes', () => {
    expect(synonymProblems([['万企帮万村', '万企兴万村']])).toEqual([{ at: [0, 1], level: 'warning', message: expect.stringContaining('“万企帮万村”和“万企兴万村”只差一个字') }]);
  });

  it('finds nothing wrong with the sector’s pairs', () => {
    expect(synonymProblems(SECTOR)).toEqual([]);
  });
});
