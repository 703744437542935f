import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './checks/markdown.ts';
import { remarkChart } from './remark-chart.ts';

const content = path.join(mkdtempSync(path.join(tmpdir(), 'gsl-remark-chart-')), 'content');
mkdirSync(path.join(content, 'reports/2024'), { recursive: true });
writeFileSync(path.join(content, 'reports/2024/rongzi.csv'), '季度,2023年\r\n一季度,3.2\r\n二季度,4.6\r\n');
const file = path.join(content, 'reports/2024/x.mdx');
const run = (mdx: string, at = file) => {
  const tree: Root = parseMarkdownTree(mdx, true);
  remarkChart({ contentDir: content })(tree, new VFile({ path: at, value: mdx }));
  return tree.children[0] as MdxJsxFlowElement;
};
const specOf = (node: MdxJsxFlowElement) => JSON.parse(String(node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'spec')?.value)) as unknown;

describe('remarkChart', () => {
  it('hands the component the numbers of the table inside <Chart>, and nothing of the table itself', () => {
    const node = run('<Chart type="条形图" title="会员企业" unit="家" caption="来源：统计">\n\n| 区县 | 企业 |\n| --- | --- |\n| 锦南区 | 86 |\n\n</Chart>\n');
    expect(specOf(node)).toEqual({ kind: 'bar', title: '会员企业', unit: '家', categoryLabel: '区县', categories: ['锦南区'], series: [{ name: '企业', values: [86] }] });
    expect(node.children).toEqual([]);
    expect(node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : ''))).toEqual(['spec', 'caption']);
  });

  it('reads the CSV beside the file', () => {
    const node = run('<Chart type="折线图" title="融资" unit="亿元" src="./rongzi.csv" />\n');
    expect(specOf(node)).toMatchObject({ kind: 'line', categories: ['一季度', '二季度'], series: [{ name: '2023年', values: [3.2, 4.6] }] });
  });

  it('stops the build with the checker’s line when the data is wrong', () => {
    expect(() => run('<Chart type="条形图" title="a" unit="家">\n\n| 区县 | 企业 |\n| --- | --- |\n| 锦南区 | 86家 |\n\n</Chart>\n')).toThrow(/x\.mdx:5:\d+ {2}错误 {2}“86家”里写了单位“家”/);
    expect(() => run('<Chart type="条形图" title="a" unit="家" src="../../../etc.csv" />\n')).toThrow(/不在 content 文件夹里/);
  });

  it('leaves .md files alone', () => {
    const tree = parseMarkdownTree('| 区县 | 企业 |\n| --- | --- |\n| 锦南区 | 86家 |\n');
    expect(() => remarkChart({ contentDir: content })(tree, new VFile({ path: path.join(content, 'reports/2024/y.md') }))).not.toThrow();
  });
});
