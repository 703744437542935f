import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { readChartGrid } from './charts/chart-data.ts';
import { loadCsvGrid, readChartNode, resolveChartCsv } from './charts/chart-source.ts';
import { formatFinding } from './checks/format.ts';
import { contentRoot } from './paths.ts';

/**
 * Remark plugin for `.mdx`: turns each `<Chart>` into `<Chart spec="{…}">`, its data read from the table inside it or
 * from its CSV file by the checker's own functions (chart-data.ts, chart-source.ts), so the component (Chart.astro) only
 * draws. Data the checker would refuse stops the build with the checker's lines. It runs after remark-mdx-guard, which
 * has already refused any `spec` an editor wrote. `.md` files have no `<Chart>` and pass.
 * → `content/reports/2024/x.mdx:14:18  错误  “86家”里写了单位“家”…`
 */
export function remarkChart(options: { contentDir?: string; revision?: string } = {}) {
  const contentDir = options.contentDir ?? contentRoot;
  return (tree: Root, file: VFile): void => {
    const filePath = file.path ?? file.history[0] ?? '';
    if (!filePath.endsWith('.mdx')) return;
    const shown = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
    const errors: string[] = [];
    const visit = (node: Nodes) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') {
        const chart = readChartNode(node, 1);
        let where = filePath;
        let grid = chart.grid;
        let problems = chart.problems;
        if (chart.src !== undefined && problems.length === 0) {
          const resolved = resolveChartCsv(chart.src, filePath, contentDir);
          const read = 'file' in resolved ? loadCsvGrid(resolved.file) : undefined;
          if ('message' in resolved) problems = [{ line: chart.line, column: chart.column, message: resolved.message }];
          else if (read && 'problem' in read) [where, problems] = [resolved.file, [read.problem]];
          else [where, grid] = [resolved.file, read?.grid];
        }
        const result = grid && problems.length === 0 ? readChartGrid(grid, chart.props, chart) : { problems };
        if (result.problems.length > 0 || !('spec' in result) || !result.spec) {
          errors.push(...result.problems.map((p) => formatFinding({ file: shown(where), line: p.line, column: p.column, level: 'error', code: 'chart-data', message: p.message })));
          return;
        }
        const spec = JSON.stringify(result.spec);
        node.attributes = [{ type: 'mdxJsxAttribute', name: 'spec', value: spec }, ...(chart.caption === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: 'caption', value: chart.caption }])];
        node.children = [];
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    if (errors.length > 0) throw new Error(errors.join('\n'));
  };
}
