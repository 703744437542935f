import { scaleLinear, scalePoint } from 'd3-scale';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { line } from 'd3-shape';
import { formatValue, type ChartSpec } from './chart-spec.ts';
import { NARROWEST_EM, textWidth } from './label-lines.ts';

/*
 * Lines over ordered categories. Points, labels and grid are placed in percentages of the width and em of the text
 * (see bar-chart.ts); the lines themselves are drawn in a nested 1000×1000 box stretched over the plot, with strokes
 * that do not stretch (vector-effect), since a path's coordinates cannot carry units.
 */

const PLOT = 9;
const BOX = 1000;
/** Category labels shown at most: what fits a 375 px phone in 关怀版 (the table has every one). */
const MAX_LABELS = 6;

const em = (n: number) => `${Number(n.toFixed(2))}em`;
const pct = (n: number) => `${Number(n.toFixed(2))}%`;

/**
 * The SVG of a line chart: `{ categories: ["1月", "2月", "3月"], series: [{ name: "融资", values: [2.5, 1.8, 3.1] }] }` →
 * `<svg width="100%" height="…em"><line class="chart-grid" …/>…<svg viewBox="0 0 1000 1000"><path d="M70,…"/></svg><circle …/>…</svg>`
 */
export function renderLineChart(spec: ChartSpec): Element {
  const all = spec.series.flatMap((series) => series.values);
  const y = scaleLinear().domain([Math.min(0, ...all), Math.max(0, ...all) || 1]).nice(4);
  const top = spec.series.length > 1 ? 2.6 : 1.2;
  const yEm = (value: number) => top + PLOT - ((value - y.domain()[0]!) / (y.domain()[1]! - y.domain()[0]!)) * PLOT;
  const widest = Math.max(0, ...spec.categories.map(textWidth));
  const inset = Math.min(25, Math.max(7, (widest / 2 / NARROWEST_EM) * 100 + 1));
  const x = scalePoint().domain(spec.categories).range([inset, 100 - inset]);
  const children: Element[] = [];
  for (const tick of y.ticks(4)) {
    children.push(s('line', { class: tick === 0 ? 'chart-axis' : 'chart-grid', x1: '0', x2: '100%', y1: em(yEm(tick)), y2: em(yEm(tick)) }));
    children.push(s('text', { class: 'chart-tick', x: '0', y: em(yEm(tick) - 0.25) }, formatValue(tick)));
  }
  const path = line<number>()
    .x((_, i) => ((x(spec.categories[i]!) ?? 0) / 100) * BOX)
    .y((value) => ((yEm(value) - top) / PLOT) * BOX)
    .digits(1);
  const lines = spec.series.map((series, n) =>
    s('path', { class: `chart-line s${n % 4}`, d: path(series.values) ?? '', fill: 'none', 'vector-effect': 'non-scaling-stroke' }),
  );
  children.push(s('svg', { x: '0', y: em(top), width: '100%', height: em(PLOT), viewBox: `0 0 ${BOX} ${BOX}`, preserveAspectRatio: 'none', overflow: 'visible' }, lines));
  const labelEvery = Math.ceil(spec.categories.length / MAX_LABELS);
  const single = spec.series.length === 1 && spec.categories.length <= MAX_LABELS;
  spec.series.forEach((series, n) =>
    series.values.forEach((value, i) => {
      const cx = pct(x(spec.categories[i]!) ?? 0);
      children.push(s('circle', { class: `chart-dot s${n % 4}`, cx, cy: em(yEm(value)), r: '0.3em' }));
      if (single) children.push(s('text', { class: 'chart-value', x: cx, y: em(yEm(value) - 0.6), 'text-anchor': 'middle' }, formatValue(value)));
    }),
  );
  spec.categories.forEach((category, i) => {
    if (i % labelEvery === 0) children.push(s('text', { class: 'chart-label', x: pct(x(category) ?? 0), y: em(top + PLOT + 1.4), 'text-anchor': 'middle' }, category));
  });
  if (spec.series.length > 1) children.push(...legend(spec));
  return s('svg', { class: 'chart-svg chart-line-svg', width: '100%', height: em(top + PLOT + 2), 'aria-hidden': 'true', focusable: 'false' }, children);
}

/** One swatch and name per series, in a row above the plot. */
function legend(spec: ChartSpec): Element[] {
  let left = 0;
  return spec.series.flatMap((series, n) => {
    const at = left;
    left += textWidth(series.name) + 2.6;
    return [
      s('line', { class: `chart-line s${n % 4}`, x1: em(at), x2: em(at + 1.4), y1: '0.9em', y2: '0.9em' }),
      s('text', { class: 'chart-legend', x: em(at + 1.8), y: '1.2em' }, series.name),
    ];
  });
}
