import { describe, expect, it } from 'vitest';
import { isPinyinQuery, pinyinForms, type NameEntry } from './name-pinyin.ts';
import { namePinyin } from './name-table.ts';

const names: NameEntry[] = ['锦川华瑞药业股份有限公司', '华瑞药业', '欧阳明远', '邵敏', '营商环境恳谈会上的发言', '花蕊小镇'].map((n) => [n, namePinyin(n)]);

describe('pinyinForms', () => {
  it('finds an enterprise by the full pinyin of its short name, and every name that sounds alike', () => {
    expect(pinyinForms('huarui', names).sort()).toEqual(['华瑞', '花蕊'].sort());
    expect(pinyinForms('jinchuan', names)).toEqual(['锦川']);
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

  it('finds a title by the pinyin of its first words, with or without spaces between syllables', () => {
    expect(pinyinForms('yingshang huanjing', names)).toEqual(['营商环境']);
    expect(pinyinForms('yshj', names)).toEqual(['营商环境']);
  });

  it('matches from the start of a name only: the middle of a name is no name', () => {
    expect(pinyinForms('yaoye', names)).toEqual([]);
  });

  it('never turns a single syllable into a form', () => {
    expect(pinyinForms('hua', names)).toEqual([]);
  });

  it('only treats letters as pinyin', () => {
    expect([isPinyinQuery('huarui'), isPinyinQuery('2024'), isPinyinQuery('营商'), isPinyinQuery('a')]).toEqual([true, false, false, false]);
  });
});
