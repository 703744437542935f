import { describe, expect, it } from 'vitest';
import { chartKindOf, readChartGrid, readNumber, type GridCell } from './chart-data.ts';

/** A grid as an editor's table would give it, each row on its own line from `line`. */
const grid = (rows: string[][], line = 10): GridCell[][] => rows.map((row, r) => row.map((text, c) => ({ text, line: line + r, column: 1 + c * 8 })));
const bar = { kind: 'bar' as const, title: '新发展会员企业', unit: '家' };
const start = { line: 8, column: 1 };

describe('readNumber', () => {
  it('reads plain numbers, thousands separators and full-width digits', () => {
    expect([readNumber('86', '家', 'x'), readNumber('1,250', '家', 'x'), readNumber('３.５', '亿元', 'x'), readNumber('-2', '%', 'x')]).toEqual([
      { value: 86 },
      { value: 1250 },
      { value: 3.5 },
      { value: -2 },
    ]);
  });

  it('takes a percent sign only when the unit is %', () => {
    expect(readNumber('12.5%', '%', '占比')).toEqual({ value: 12.5 });
    expect(readNumber('12.5%', '家', '占比')).toEqual({ problem: expect.stringContaining('和 unit="家" 不一致') });
  });

  it('refuses the unit written in the cell, another unit, words and an empty cell, each in its own words', () => {
    expect(readNumber('86家', '家', '企业')).toEqual({ problem: '“86家”里写了单位“家”：单位只写在 unit 里，这一格只写数字' });
    expect(readNumber('2.5万元', '亿元', '融资')).toEqual({ problem: expect.stringContaining('单位“万元”和 unit="亿元" 不一致') });
    expect(readNumber('约八十', '家', '企业')).toEqual({ problem: expect.stringContaining('“约八十”不是数字') });
    expect(readNumber(' ', '家', '企业')).toEqual({ problem: expect.stringContaining('“企业”这一格是空的') });
  });
});

describe('readChartGrid', () => {
  it('turns a table into categories and one series named by its header', () => {
    const { spec, problems } = readChartGrid(grid([['区县', '新发展会员企业'], ['锦南区', '86'], ['青禾区', '74']]), bar, start);
    expect(problems).toEqual([]);
    expect(spec).toEqual({ kind: 'bar', title: '新发展会员企业', unit: '家', categoryLabel: '区县', categories: ['锦南区', '青禾区'], series: [{ name: '新发展会员企业', values: [86, 74] }] });
  });

  it('reads several series for a line chart', () => {
    const { spec } = readChartGrid(grid([['季度', '2023年', '2022年'], ['一季度', '3.2', '2.1'], ['二季度', '4.6', '3.0']]), { ...bar, kind: 'line', unit: '亿元' }, start);
    expect(spec?.series).toEqual([
      { name: '2023年', values: [3.2, 4.6] },
      { name: '2022年', values: [2.1, 3] },
    ]);
  });

  it('points at each bad cell by its line and column', () => {
    const { spec, problems } = readChartGrid(grid([['区县', '企业'], ['锦南区', '86家'], ['', '74'], ['锦南区', '5', '9']]), bar, start);
    expect(spec).toBeUndefined();
    expect(problems).toEqual([
      { line: 11, column: 9, message: expect.stringContaining('“86家”里写了单位“家”') },
      { line: 12, column: 1, message: expect.stringContaining('第一格（类别）是空的') },
      { line: 13, column: 1, message: '这一行写了 3 格，表头有 2 列：每一行的格数要和表头一样' },
      { line: 13, column: 1, message: expect.stringContaining('类别“锦南区”写了两次') },
    ]);
  });

  it('refuses a second column of numbers on a bar chart, and negative bars', () => {
    const { problems } = readChartGrid(grid([['区县', '今年', '去年'], ['锦南区', '-3', '2']]), bar, start);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('条形图只画一列数字'), '条形图不能画负数，请改用折线图']);
  });

  it('asks for a header with a column of numbers, and two rows for a line', () => {
    expect(readChartGrid(grid([['区县']]), bar, start).problems).toEqual([{ ...start, message: expect.stringContaining('至少要有两列') }]);
    expect(readChartGrid(grid([['月份', '融资'], ['1月', '2']]), { ...bar, kind: 'line' }, start).problems).toEqual([{ line: 10, column: 1, message: '图表的数据至少要有 2 行（表头下面）' }]);
  });
});

describe('chartKindOf', () => {
  it('knows the three Chinese names and nothing else', () => {
    expect([chartKindOf('条形图'), chartKindOf('柱状图'), chartKindOf('折线图'), chartKindOf('bar')]).toEqual(['bar', 'column', 'line', undefined]);
  });
});
