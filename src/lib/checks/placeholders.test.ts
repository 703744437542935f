import { describe, expect, it } from 'vitest';
import { checkPlaceholders, findPlaceholders } from './placeholders.ts';

const tokens = (line: string) => findPlaceholders(line).map((m) => m.token);

describe('findPlaceholders', () => {
  it('finds the × left in a template sentence', () => {
    expect(tokens('举办“锦商讲堂”×期，累计培训民营企业家×余人次')).toEqual(['×', '×']);
  });

  it('finds a × that follows a year, as in “2019×民营企业×强”', () => {
    expect(tokens('入围2019×民营企业×强')).toEqual(['×', '×']);
  });

  it('finds unfilled dates and meeting numbers', () => {
    expect(tokens('×月×日，市工商联召开X届X次执委会议')).toEqual(['×', '×', 'X', 'X']);
  });

  it('finds runs of × and X', () => {
    expect(tokens('截至××年底，XX商会和xx公司')).toEqual(['××', 'XX', 'xx']);
  });

  it('finds fill-in instructions in brackets', () => {
    expect(tokens('由（此处填写单位名称）负责，【请填写联系人】配合')).toEqual(['（此处填写单位名称）', '【请填写联系人】']);
  });

  it('finds blanks drawn with underscores', () => {
    expect(tokens('于____年__月召开')).toEqual(['____']);
  });

  it('leaves multiplication between numbers alone', () => {
    expect(tokens('建成3×3米样板间，屏幕1920 × 1080，面积2.5m×4m')).toEqual([]);
  });

  it('leaves a collaboration name written with spaces alone', () => {
    expect(tokens('锦川老字号 × 云雾茶业联名礼盒')).toEqual([]);
  });

  it('leaves product names and programme names with X alone', () => {
    expect(tokens('“415X”产业集群、“双尖双领+X”项目、X光机、iPhone X、SpaceX')).toEqual([]);
  });

  it('leaves a × meaning “no” in a table of ticks alone', () => {
    expect(tokens('| 锦川华瑞药业 | √ | × |')).toEqual([]);
  });
});

describe('checkPlaceholders', () => {
  it('reports one finding per placeholder per line, with the count and the first column', () => {
    expect(checkPlaceholders('正文\n共×家企业，投入×万元', 8)).toEqual([
      { line: 9, column: 2, level: 'error', code: 'placeholder', message: '未填写的占位符“×”（本行共 2 处），请填上实际内容' },
    ]);
  });

  it('groups full-width and half-width XX together', () => {
    expect(checkPlaceholders('ＸＸ商会与XX协会', 1).map((f) => f.message)).toEqual(['未填写的占位符“XX”（本行共 2 处），请填上实际内容']);
  });
});
