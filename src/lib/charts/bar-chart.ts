import { scaleLinear } from 'd3-scale';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { formatValue, type ChartSpec } from './chart-spec.ts';
import { NARROWEST_EM, wrapLabel } from './label-lines.ts';

/*
 * Horizontal bars, each under its own label. Lengths are percentages of the chart's width and heights are em of its
 * text, with no viewBox: the chart fills a 375 px phone and a printed page alike, and its text grows with the page's
 * (关怀版 makes it 1.5× larger, and the rows grow with it). Labels wrap at LABEL_EM; values are printed at the bar's end.
 */

/** How wide a label line may be, in em: what fits a 375 px phone in 关怀版. */
export const LABEL_EM = NARROWEST_EM - 0.5;
/** The share of the width the longest bar takes; the rest is for its value. */
const BAR_SHARE = 74;
const LINE = 1.3;
const BAR = 1;
const GAP = 0.7;

const em = (n: number) => `${Number(n.toFixed(2))}em`;
const pct = (n: number) => `${Number(n.toFixed(2))}%`;

/**
 * The SVG of a one-series bar chart: `{ categories: ["锦南区", "临溪县"], series: [{ values: [12, 7] }] }` →
 * `<svg width="100%" height="6.6em"><text y="1em">锦南区</text><rect width="74%" …/><text x="74%" …>12</text>…</svg>`
 */
export function renderBarChart(spec: ChartSpec): Element {
  const values = spec.series[0]?.values ?? [];
  const max = Math.max(0, ...values);
  const x = scaleLinear().domain([0, max === 0 ? 1 : max]).range([0, BAR_SHARE]);
  const rows: Element[] = [];
  let top = 0;
  spec.categories.forEach((category, i) => {
    const value = values[i] ?? 0;
    const lines = wrapLabel(category, LABEL_EM);
    const barTop = top + lines.length * LINE + 0.25;
    const width = x(Math.max(value, 0));
    rows.push(
      s('g', { class: 'chart-row' }, [
        ...lines.map((line, l) => s('text', { class: 'chart-label', x: '0', y: em(top + (l + 1) * LINE - 0.3) }, line)),
        s('rect', { class: 'chart-bar s0', x: '0', y: em(barTop), width: pct(width), height: em(BAR) }),
        s('text', { class: 'chart-value', x: pct(width), dx: '0.35em', y: em(barTop + 0.82) }, formatValue(value)),
      ]),
    );
    top = barTop + BAR + GAP;
  });
  return s('svg', { class: 'chart-svg chart-bar-svg', width: '100%', height: em(Math.max(top - GAP + 0.2, 1)), 'aria-hidden': 'true', focusable: 'false' }, rows);
}
