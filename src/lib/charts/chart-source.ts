import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { fileMessages } from '../../i18n/files.ts';
import { numbersText } from '../../i18n/numbers.ts';
import { isInside } from '../checks/images.ts';
import { mdastText } from '../mdast-text.ts';
import { decodeText } from '../text-encoding.ts';
import { chartKindOf, type ChartProblem, type ChartProps, type GridCell } from './chart-data.ts';

/** A `<Chart>` as written: its props, and its data either as a table inside it or as a CSV file named by `src`. */
export interface ChartNode {
  props: ChartProps;
  /** Where the `<Chart` starts in the file. */
  line: number;
  column: number;
  src?: string;
  grid?: GridCell[][];
  caption?: string;
  problems: ChartProblem[];
}

const attribute = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/**
 * Reads a `<Chart>` element of an MDX tree whose lines start at `firstLine`; its props' own problems are the MDX
 * policy's (mdx-policy.ts), so a missing or wrong prop just yields no data here.
 * `<Chart type="条形图" title="…" unit="家">` + a table → `{ props: { kind: "bar", … }, grid: [[{ text: "区县", line: 12, column: 3 }, …], …] }`
 */
export function readChartNode(node: MdxJsxFlowElement | MdxJsxTextElement, firstLine: number): ChartNode {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const place = { line: start.line + firstLine - 1, column: start.column };
  const props: ChartProps = { kind: chartKindOf(attribute(node, 'type') ?? '') ?? 'bar', title: attribute(node, 'title') ?? '', unit: attribute(node, 'unit') ?? '' };
  const src = attribute(node, 'src');
  const caption = attribute(node, 'caption');
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const tables = content.filter((child): child is Table => child.type === 'table');
  const chart: ChartNode = { props, ...place, problems: [], ...(caption === undefined ? {} : { caption }) };
  if (src !== undefined) {
    if (content.length > 0) chart.problems.push({ ...place, message: numbersText.chart.source });
    return { ...chart, src };
  }
  if (tables.length === 0) chart.problems.push({ ...place, message: numbersText.chart.noTable });
  else if (content.length > 1) chart.problems.push({ ...place, message: numbersText.chart.onlyTable });
  const table = tables[0];
  if (!table) return chart;
  const grid = table.children.map((row) =>
    row.children.map((cell) => ({ text: mdastText(cell), line: (cell.position?.start.line ?? start.line) + firstLine - 1, column: cell.position?.start.column ?? 1 })),
  );
  return { ...chart, grid };
}

/**
 * The file a chart's `src` names, or why it cannot be used: it must be a `.csv` beside the content file, inside
 * content/ (symbolic links followed, as for images), and exist. `("./rongzi.csv", "/c/reports/2024/a.mdx", "/c")` → `{ file: "/c/reports/2024/rongzi.csv" }`
 */
export function resolveChartCsv(src: string, contentFile: string, contentDir: string): { file: string } | { message: string } {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src) || !/\.csv$/i.test(src)) return { message: numbersText.chart.csvPath(src) };
  const file = path.resolve(path.dirname(contentFile), src);
  if (!isInside(path.resolve(contentDir), file)) return { message: numbersText.chart.csvOutside(src) };
  if (!existsSync(file)) return { message: numbersText.chart.csvMissing(src) };
  return { file };
}

/**
 * A CSV file's bytes as a chart grid (csv-parse, RFC 4180: quoted commas and line breaks are read as Excel writes them),
 * each cell at its line. UTF-8 only, with or without BOM; GBK from an old Excel is refused at line 1 naming the encoding.
 * `"区县,会员企业\r\n锦南区,86\r\n"` → `{ grid: [[{ text: "区县", line: 1, column: 1 }, …], [{ text: "锦南区", line: 2, … }, …]] }`
 */
export function readCsvGrid(bytes: Buffer): { grid: GridCell[][]; text: string } | { problem: ChartProblem } {
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') return { problem: { line: 1, column: 1, message: fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding]) } };
  const text = (decoded.text ?? '').replace(/^\uFEFF/, '');
  try {
    const records = parse(text, { relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return { text, grid: records.map(({ record, info }) => record.map((cell, i) => ({ text: cell, line: info.lines, column: i + 1 }))) };
  } catch (error) {
    const problem = error as { lines?: number; code?: string };
    return { problem: { line: problem.lines ?? 1, column: 1, message: numbersText.chart.csvSyntax(problem.code ?? 'CSV') } };
  }
}

/** Reads a chart's CSV file from disk (see readCsvGrid). */
export function loadCsvGrid(file: string): ReturnType<typeof readCsvGrid> {
  return readCsvGrid(readFileSync(file));
}
