import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../checks/markdown.ts';
import { readChartNode, readCsvGrid, resolveChartCsv } from './chart-source.ts';

const chartIn = (mdx: string) => parseMarkdownTree(mdx, true).children[0] as MdxJsxFlowElement;

describe('readChartNode', () => {
  it('reads the props and the table inside, cells at their lines in the file', () => {
    const chart = readChartNode(chartIn('<Chart type="条形图" title="会员企业" unit="家">\n\n| 区县 | 企业 |\n| --- | --- |\n| 锦南区 | 86 |\n\n</Chart>\n'), 20);
    expect(chart.props).toEqual({ kind: 'bar', title: '会员企业', unit: '家' });
    expect(chart.problems).toEqual([]);
    expect(chart.grid?.map((row) => row.map((cell) => [cell.text, cell.line]))).toEqual([
      [['区县', 22], ['企业', 22]],
      [['锦南区', 24], ['86', 24]],
    ]);
  });

  it('takes a src instead of a table, and refuses both at once', () => {
    expect(readChartNode(chartIn('<Chart type="折线图" title="融资" unit="亿元" src="./rongzi.csv" />\n'), 1)).toMatchObject({ src: './rongzi.csv', problems: [] });
    const both = readChartNode(chartIn('<Chart type="折线图" title="融资" unit="亿元" src="./a.csv">\n\n| 月 | 数 |\n| --- | --- |\n| 1月 | 2 |\n\n</Chart>\n'), 1);
    expect(both.problems).toEqual([{ line: 1, column: 1, message: expect.stringContaining('要么在 <Chart> 里写表格，要么用 src') }]);
  });

  it('asks for a table when there is none, and for nothing but the table', () => {
    expect(readChartNode(chartIn('<Chart type="条形图" title="a" unit="家">\n\n只有文字。\n\n</Chart>\n'), 1).problems[0]?.message).toContain('没有数据表格');
    const extra = readChartNode(chartIn('<Chart type="条形图" title="a" unit="家">\n\n说明。\n\n| 区县 | 企业 |\n| --- | --- |\n| 锦南区 | 86 |\n\n</Chart>\n'), 1);
    expect(extra.problems[0]?.message).toContain('只能写一个数据表格');
  });
});

describe('readCsvGrid', () => {
  it('reads Excel’s CSV UTF-8 with its BOM, quoted commas and CRLF, each row at its line', () => {
    const read = readCsvGrid(Buffer.from('\uFEFF季度,2023年\r\n"一季度,上旬",3.2\r\n\r\n二季度,4.6\r\n'));
    expect('grid' in read && read.grid.map((row) => row.map((cell) => [cell.text, cell.line]))).toEqual([
      [['季度', 1], ['2023年', 1]],
      [['一季度,上旬', 2], ['3.2', 2]],
      [['二季度', 4], ['4.6', 4]],
    ]);
  });

  it('refuses a CSV saved as GBK at line 1, naming the encoding', () => {
    const gbk = Buffer.from([0xbc, 0xbe, 0xb6, 0xc8, 0x2c, 0xc8, 0xda, 0xd7, 0xca, 0x0d, 0x0a, 0xd2, 0xbb, 0xbc, 0xbe, 0xb6, 0xc8, 0x2c, 0x33, 0x0d, 0x0a]);
    expect(readCsvGrid(gbk)).toEqual({ problem: { line: 1, column: 1, message: expect.stringContaining('GB18030') } });
  });

  it('reports an unclosed quote as a CSV that cannot be read', () => {
    expect(readCsvGrid(Buffer.from('季度,数\n"一季度,3\n'))).toEqual({ problem: expect.objectContaining({ message: expect.stringContaining('CSV 文件读不出来') }) });
  });
});

describe('resolveChartCsv', () => {
  const content = path.join(mkdtempSync(path.join(tmpdir(), 'gsl-chart-')), 'content');
  mkdirSync(path.join(content, 'reports/2024'), { recursive: true });
  writeFileSync(path.join(content, 'reports/2024/rongzi.csv'), '季度,数\n一季度,3\n');
  writeFileSync(path.join(path.dirname(content), 'secret.csv'), '季度,数\n');
  symlinkSync(path.join(path.dirname(content), 'secret.csv'), path.join(content, 'reports/2024/link.csv'));
  const report = path.join(content, 'reports/2024/x.mdx');

  it('finds a CSV beside the report', () => {
    expect(resolveChartCsv('./rongzi.csv', report, content)).toEqual({ file: path.join(content, 'reports/2024/rongzi.csv') });
  });

  it('refuses a file outside content/, by path or through a symbolic link, other files and web addresses', () => {
    expect(resolveChartCsv('../../../secret.csv', report, content)).toEqual({ message: expect.stringContaining('不在 content 文件夹里') });
    expect(resolveChartCsv('./link.csv', report, content)).toEqual({ message: expect.stringContaining('不在 content 文件夹里') });
    expect(resolveChartCsv('/etc/passwd', report, content)).toEqual({ message: expect.stringContaining('应当是文章旁边的 CSV 文件') });
    expect(resolveChartCsv('https://example.cn/a.csv', report, content)).toEqual({ message: expect.stringContaining('应当是文章旁边的 CSV 文件') });
    expect(resolveChartCsv('./none.csv', report, content)).toEqual({ message: expect.stringContaining('找不到 CSV 文件') });
  });
});
