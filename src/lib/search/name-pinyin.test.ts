import { describe, expect, it } from 'vitest';
import { isPinyinQuery, pinyinForms, type NameEntry } from './name-pinyin.ts';
import { namePinyin } from './name-table.ts';

const names: NameEntry[] = ['锦川华瑞药业股份有限公司', '华瑞药业', '欧阳明远', '邵敏', '在市工商联十届四次执委会议上的工作报告', '花蕊小镇'].map((n) => [n, namePinyin(n)]);

describe('pinyinForms', () => {
  it('finds an enterprise by the full pinyin of its short name, and every name that sounds alike, most frequent first', () => {
    expect(pinyinForms('huarui', names)).toEqual(['华瑞', '花蕊']);
    expect(pinyinForms('huaruiyaoye', names)).toEqual(['华瑞药业']);
  });

  it('finds it by initials, a whole name before a part of one', () => {
    expect(pinyinForms('hryy', names)).toEqual(['华瑞药业']);
    expect(pinyinForms('oymy', names)).toEqual(['欧阳明远']);
  });

  it('takes two-letter initials only for a whole two-character name', () => {
    expect(pinyinForms('sm', names)).toEqual(['邵敏']);
    expect(pinyinForms('hr', names)).toEqual([]);
  });

  it('finds words of a title, with or without spaces between syllables', () => {
    expect(pinyinForms('gong shang lian', names)).toEqual(['工商联']);
    expect(pinyinForms('gsl', names)).toEqual(['工商联']);
  });

  it('never turns a single syllable into a form', () => {
    expect(pinyinForms('hua', names)).toEqual([]);
  });

  it('only treats letters as pinyin', () => {
    expect([isPinyinQuery('huarui'), isPinyinQuery('2024'), isPinyinQuery('营商'), isPinyinQuery('a')]).toEqual([true, false, false, false]);
  });
});
