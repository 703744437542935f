import { toHtml } from 'hast-util-to-html';
import { renderBarChart } from './bar-chart.ts';
import type { ChartSpec } from './chart-spec.ts';
import { renderColumnChart } from './column-chart.ts';
import { renderLineChart } from './line-chart.ts';

/**
 * A chart as SVG markup, drawn from its numbers at build time: no script, no editor-written SVG. Every word in it
 * (labels, values) is a text node serialised by hast-util-to-html, so `<script>` in a county name prints as text.
 * `{ kind: "bar", categories: ["锦南区"], series: [{ values: [12] }] }` → `'<svg class="chart-svg chart-bar-svg" width="100%" …>…</svg>'`
 */
export function renderChartSvg(spec: ChartSpec): string {
  const tree = spec.kind === 'line' ? renderLineChart(spec) : spec.kind === 'column' ? renderColumnChart(spec) : renderBarChart(spec);
  return toHtml(tree, { space: 'svg' });
}
