import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from './index.ts';

/** A copy of the clean fixture tree with the given files added, checked the way `npm run check` checks it. */
async function checkWith(files: Record<string, string | Buffer>) {
  const root = mkdtempSync(path.join(tmpdir(), 'gsl-charts-'));
  const content = path.join(root, 'content');
  cpSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/checks/clean'), content, { recursive: true });
  for (const [rel, data] of Object.entries(files)) writeFileSync(path.join(content, rel), data);
  return (await checkContentTree(content, { cwd: root })).map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`);
}

const report = (chart: string) => `---\ntitle: 上半年工作总结\ndate: 2024-07-05\nmeeting: 党组会议\nsummary: 上半年工作。\n---\n\n## 一、主要工作\n\n${chart}\n`;
const table = (rows: string) => `<Chart type="条形图" title="新发展会员企业" unit="家">\n\n| 区县 | 企业 |\n| --- | --- |\n${rows}\n</Chart>`;

describe('<Chart> data in the checker', () => {
  it('passes a chart whose table is plain numbers', async () => {
    expect(await checkWith({ 'reports/2024/zongjie.mdx': report(table('| 锦南区 | 86 |\n| 青禾区 | 1,074 |\n')) })).toEqual([]);
  });

  it('points at the cell that carries a unit, at its line in the .mdx', async () => {
    expect(await checkWith({ 'reports/2024/zongjie.mdx': report(table('| 锦南区 | 86家 |\n')) })).toEqual([
      'content/reports/2024/zongjie.mdx:14:7 chart-data “86家”里写了单位“家”：单位只写在 unit 里，这一格只写数字',
    ]);
  });

  it('points at the CSV file’s own line when the CSV beside the report is wrong', async () => {
    const mdx = report('<Chart type="折线图" title="融资" unit="亿元" src="./rongzi.csv" />');
    expect(await checkWith({ 'reports/2024/zongjie.mdx': mdx, 'reports/2024/rongzi.csv': '季度,融资\n一季度,3.2\n二季度,四点一\n' })).toEqual([
      'content/reports/2024/rongzi.csv:3:2 chart-data “融资”这一格写的“四点一”不是数字：只写阿拉伯数字，例如 12 或 3.5',
    ]);
  });

  it('refuses a CSV that is missing or outside content/, at the <Chart>', async () => {
    const mdx = report('<Chart type="折线图" title="融资" unit="亿元" src="../../../secret.csv" />');
    expect(await checkWith({ 'reports/2024/zongjie.mdx': mdx })).toEqual([expect.stringMatching(/^content\/reports\/2024\/zongjie\.mdx:10:1 chart-data CSV 文件“\.\.\/\.\.\/\.\.\/secret\.csv”不在 content 文件夹里/)]);
  });

  it('finds a mobile number in the CSV, masked', async () => {
    const mdx = report('<Chart type="条形图" title="联系" unit="个" src="./lianxi.csv" />');
    const found = await checkWith({ 'reports/2024/zongjie.mdx': mdx, 'reports/2024/lianxi.csv': '联系人 13812345678,数\n甲,1\n' });
    expect(found).toEqual([expect.stringMatching(/^content\/reports\/2024\/lianxi\.csv:1:5 personal-mobile .*138\*\*\*\*5678/)]);
  });

  it('refuses a spec prop written by an editor: only the build may hand the component its numbers', async () => {
    const found = await checkWith({ 'reports/2024/zongjie.mdx': report('<Chart type="条形图" title="a" unit="家" spec="{}" />') });
    expect(found.some((line) => line.includes('mdx-code') && line.includes('spec'))).toBe(true);
  });
});
