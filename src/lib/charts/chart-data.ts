import { numbersText } from '../../i18n/numbers.ts';
import { foldWidth } from '../personal/personal-numbers.ts';
import type { ChartKind, ChartSpec } from './chart-spec.ts';

/*
 * An editor's chart data — a table inside `<Chart>` or a CSV file beside the report — judged cell by cell: the same
 * function tells the checker what is wrong (each problem at its file:line) and gives the build its numbers.
 */

/** One cell as written, with where it is in its file. */
export interface GridCell {
  text: string;
  line: number;
  column: number;
}

/** One problem with a chart's data, at its place. */
export interface ChartProblem {
  line: number;
  column: number;
  message: string;
}

/** What `<Chart>` says about its data: kind, title and unit (mdx-components.ts checks they are there). */
export interface ChartProps {
  kind: ChartKind;
  title: string;
  unit: string;
}

/** The most rows a chart takes, and the most lines a line chart draws. */
export const MAX_ROWS = 40;
export const MAX_SERIES = 4;

const KIND_NAMES: Record<ChartKind, string> = { bar: '条形图', column: '柱状图', line: '折线图' };
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;

/**
 * A cell's number, or why it is not one. Thousands separators and full-width digits are read; a unit in the cell is
 * refused (it belongs in `unit`), `%` only when the unit is `%`.
 * `("1,250", "家")` → `{ value: 1250 }`; `("86家", "家")` → `{ problem: "“86家”里写了单位“家”…" }`
 */
export function readNumber(text: string, unit: string, column: string): { value: number } | { problem: string } {
  const written = foldWidth(text.trim()).replace(/％/g, '%');
  if (written === '') return { problem: numbersText.chart.emptyValue(column) };
  const match = NUMBER.exec(written);
  if (!match) return { problem: numbersText.chart.notNumber(text.trim(), column) };
  const [, digits = '', rest = ''] = match;
  const value = Number(digits.replace(/,/g, ''));
  if (rest !== '' && !(rest === '%' && unit === '%')) {
    return { problem: rest === unit ? numbersText.chart.unitInCell(text.trim(), unit) : /^[\p{L}%‰]+$/u.test(rest) ? numbersText.chart.otherUnit(text.trim(), rest, unit) : numbersText.chart.notNumber(text.trim(), column) };
  }
  return Number.isFinite(value) && Math.abs(value) < 1e15 ? { value } : { problem: numbersText.chart.notNumber(text.trim(), column) };
}

/**
 * Reads a chart's grid (header row first) into a ChartSpec, or lists every problem at its cell: column counts, empty
 * or repeated labels, cells that are not plain numbers, units written in cells, negative bars, too many series.
 * `([[区县, 会员企业], [锦南区, 86], [青禾区, 64]], { kind: "bar", title, unit: "家" })` → `{ spec: { categories: ["锦南区", "青禾区"], series: [{ name: "会员企业", values: [86, 64] }] }, problems: [] }`
 */
export function readChartGrid(grid: readonly (readonly GridCell[])[], props: ChartProps, start: { line: number; column: number }): { spec?: ChartSpec; problems: ChartProblem[] } {
  const [header, ...rows] = grid;
  const problems: ChartProblem[] = [];
  const at = (cell: { line: number; column: number }, message: string) => problems.push({ line: cell.line, column: cell.column, message });
  const kind = KIND_NAMES[props.kind];
  if (!header || header.length < 2) return { problems: [{ ...start, message: numbersText.chart.header }] };
  const min = props.kind === 'line' ? 2 : 1;
  if (rows.length < min) at(header[0]!, numbersText.chart.noRows(min));
  if (rows.length > MAX_ROWS) at(rows[MAX_ROWS]![0]!, numbersText.chart.tooManyRows(MAX_ROWS));
  if (props.kind !== 'line' && header.length > 2) at(header[2]!, numbersText.chart.oneSeries(kind));
  if (props.kind === 'line' && header.length > MAX_SERIES + 1) at(header[MAX_SERIES + 1]!, numbersText.chart.tooManySeries(MAX_SERIES));
  header.forEach((cell, i) => i > 0 && cell.text.trim() === '' && at(cell, numbersText.chart.emptyHeader(i + 1)));
  const names = header.slice(1).map((cell) => cell.text.trim());
  const values: number[][] = names.map(() => []);
  const seen = new Set<string>();
  for (const row of rows) {
    const first = row[0] ?? { text: '', ...start };
    if (row.length !== header.length) at(first, numbersText.chart.cells(row.length, header.length));
    const label = first.text.trim();
    if (label === '') at(first, numbersText.chart.emptyLabel);
    else if (seen.has(label)) at(first, numbersText.chart.duplicateLabel(label));
    seen.add(label);
    names.forEach((name, i) => {
      const cell = row[i + 1];
      if (!cell) return;
      const read = readNumber(cell.text, props.unit, name);
      if ('problem' in read) at(cell, read.problem);
      else if (read.value < 0 && props.kind !== 'line') at(cell, numbersText.chart.negative(kind));
      else values[i]!.push(read.value);
    });
  }
  if (problems.length > 0) return { problems };
  const spec: ChartSpec = {
    kind: props.kind,
    title: props.title,
    unit: props.unit,
    categoryLabel: header[0]!.text.trim(),
    categories: rows.map((row) => row[0]!.text.trim()),
    series: names.map((name, i) => ({ name, values: values[i]! })),
  };
  return { spec, problems };
}

/** The chart kind an editor names: `"条形图"` → `"bar"`, `"柱状图"` → `"column"`, `"折线图"` → `"line"`. */
export function chartKindOf(written: string): ChartKind | undefined {
  return (Object.entries(KIND_NAMES) as [ChartKind, string][]).find(([, name]) => name === written)?.[0];
}

/** The words editors may write in `type`: `["条形图", "柱状图", "折线图"]`. */
export const CHART_KIND_NAMES: readonly string[] = Object.values(KIND_NAMES);
