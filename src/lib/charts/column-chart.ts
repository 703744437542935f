import { scaleBand, scaleLinear } from 'd3-scale';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { formatValue, type ChartSpec } from './chart-spec.ts';

/*
 * Upright bars over a few short categories (years): x in percentages of the width, heights in em of the text, so the
 * chart fills a phone and grows with 关怀版's text like the bar chart (bar-chart.ts). With more than MAX_LABELS columns
 * only every n-th is labelled and values are left to the table.
 */

const PLOT = 8;
const TOP = 1.4;
/** Category labels and values shown at most: what fits a 375 px phone in 关怀版 (the table has every one). */
export const MAX_LABELS = 6;

const em = (n: number) => `${Number(n.toFixed(2))}em`;
const pct = (n: number) => `${Number(n.toFixed(2))}%`;

/**
 * The SVG of a one-series column chart: `{ categories: ["2023", "2024"], series: [{ values: [24, 36] }] }` →
 * `<svg width="100%" height="11.2em"><rect x="…%" y="…em" width="…%" height="…em"/><text …>24</text>…</svg>`
 */
export function renderColumnChart(spec: ChartSpec): Element {
  const values = spec.series[0]?.values ?? [];
  const max = Math.max(0, ...values);
  const y = scaleLinear().domain([0, max === 0 ? 1 : max]).range([0, PLOT]);
  const x = scaleBand().domain(spec.categories.map(String)).range([0, 100]).paddingInner(0.35).paddingOuter(0.2);
  const base = TOP + PLOT;
  const every = Math.ceil(spec.categories.length / MAX_LABELS);
  const columns = spec.categories.map((category, i) => {
    const value = values[i] ?? 0;
    const height = y(Math.max(value, 0));
    const left = x(category) ?? 0;
    const middle = left + x.bandwidth() / 2;
    const labelled = i % every === 0;
    return s('g', { class: 'chart-row' }, [
      s('rect', { class: 'chart-bar s0', x: pct(left), y: em(base - height), width: pct(x.bandwidth()), height: em(height) }),
      ...(every === 1 ? [s('text', { class: 'chart-value', x: pct(middle), y: em(base - height - 0.35), 'text-anchor': 'middle' }, formatValue(value))] : []),
      ...(labelled ? [s('text', { class: 'chart-label', x: pct(middle), y: em(base + 1.3), 'text-anchor': 'middle' }, category)] : []),
    ]);
  });
  const axis = s('line', { class: 'chart-axis', x1: '0', x2: '100%', y1: em(base), y2: em(base) });
  return s('svg', { class: 'chart-svg chart-column-svg', width: '100%', height: em(base + 1.8), 'aria-hidden': 'true', focusable: 'false' }, [...columns, axis]);
}
