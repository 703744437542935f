import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { readChartGrid } from '../charts/chart-data.ts';
import { loadCsvGrid, readChartNode, resolveChartCsv, type ChartNode } from '../charts/chart-source.ts';
import type { LoadedEntry } from './entry.ts';
import { at, type Finding, type LocalFinding } from './finding.ts';
import { findPersonalHits, personalFindings } from './personal-data.ts';

/** A `<Chart src="./x.csv">` of a file: checked on every run, since the CSV changes apart from the text. */
export interface ChartFileRef {
  src: string;
  line: number;
  column: number;
  props: ChartNode['props'];
}

function chartNodes(node: Nodes, found: Nodes[]): Nodes[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') found.push(node);
  else if ('children' in node) for (const child of node.children) chartNodes(child, found);
  return found;
}

/**
 * The `<Chart>`s of an MDX body: problems of the tables written inside them, each at its cell (code `chart-data`), and
 * the CSV files others name, for `checkChartFiles`.
 * `<Chart …>` with `| 锦南区 | 86家 |` on line 14 → `[{ line: 14, code: "chart-data", message: "“86家”里写了单位“家”…" }]`
 */
export function checkChartNodes(tree: Root, firstLine: number): { findings: LocalFinding[]; files: ChartFileRef[] } {
  const findings: LocalFinding[] = [];
  const files: ChartFileRef[] = [];
  for (const node of chartNodes(tree, [])) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const chart = readChartNode(node, firstLine);
    findings.push(...chart.problems.map((p) => at(p.line, p.column, 'error', 'chart-data', p.message)));
    if (chart.src !== undefined) files.push({ src: chart.src, line: chart.line, column: chart.column, props: chart.props });
    else if (chart.grid) findings.push(...readChartGrid(chart.grid, chart.props, chart).problems.map((p) => at(p.line, p.column, 'error', 'chart-data', p.message)));
  }
  return { findings, files };
}

/**
 * The CSV files an entry's charts name: a path that leaves content/ or is missing is an error at the `<Chart>`; a
 * file that is not UTF-8, not CSV, not numbers, or holds a personal number is an error at its own line.
 */
export function checkChartFiles(entry: LoadedEntry, contentDir: string, allowedNumbers: ReadonlySet<string>, display: (rel: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const ref of entry.chartFiles ?? []) {
    const resolved = resolveChartCsv(ref.src, entry.absPath, contentDir);
    if ('message' in resolved) {
      findings.push({ file: display(entry.rel), ...at(ref.line, ref.column, 'error', 'chart-data', resolved.message) });
      continue;
    }
    const csv = display(path.relative(contentDir, resolved.file).split(path.sep).join('/'));
    const read = loadCsvGrid(resolved.file);
    if ('problem' in read) {
      findings.push({ file: csv, ...at(read.problem.line, read.problem.column, 'error', 'chart-data', read.problem.message) });
      continue;
    }
    const problems = readChartGrid(read.grid, ref.props, { line: 1, column: 1 }).problems;
    findings.push(...problems.map((p) => ({ file: csv, ...at(p.line, p.column, 'error', 'chart-data', p.message) })));
    findings.push(...personalFindings(findPersonalHits(read.text), allowedNumbers).map((f) => ({ file: csv, ...f })));
  }
  return findings;
}
