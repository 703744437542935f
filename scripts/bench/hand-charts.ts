import type { ChartSpec } from '../../src/lib/charts/chart-spec.ts';
import { formatValue } from '../../src/lib/charts/chart-spec.ts';

/*
 * The baseline `npm run bench:charts` weighs d3-scale/d3-shape against: the same bar and line layouts with the scale,
 * the round ticks and the path written by hand. Only for measuring; the site draws with src/lib/charts/.
 */

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const num = (n: number) => String(Number(n.toFixed(2)));

/** Round tick steps by hand (1, 2, 5 × 10ⁿ): `(0, 5.3, 4)` → `{ max: 6, step: 2 }`. */
export function handTicks(min: number, max: number, count: number): { min: number; max: number; step: number } {
  const raw = (max - min) / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

/** A bar chart in the site's layout without d3: `(spec)` → `<svg …>…</svg>`. */
export function handBarChart(spec: ChartSpec): string {
  const values = spec.series[0]?.values ?? [];
  const max = Math.max(1, ...values);
  let top = 0;
  let out = '';
  spec.categories.forEach((label, i) => {
    const width = (Math.max(values[i] ?? 0, 0) / max) * 74;
    out += `<g class="chart-row"><text class="chart-label" x="0" y="${num(top + 1)}em">${esc(label)}</text><rect class="chart-bar s0" x="0" y="${num(top + 1.55)}em" width="${num(width)}%" height="1em"></rect><text class="chart-value" x="${num(width)}%" dx="0.35em" y="${num(top + 2.37)}em">${formatValue(values[i] ?? 0)}</text></g>`;
    top += 3.25;
  });
  return `<svg class="chart-svg chart-bar-svg" width="100%" height="${num(top - 0.5)}em" aria-hidden="true" focusable="false">${out}</svg>`;
}

/** A line chart in the site's layout without d3. */
export function handLineChart(spec: ChartSpec): string {
  const all = spec.series.flatMap((s) => s.values);
  const ticks = handTicks(Math.min(0, ...all), Math.max(0, ...all), 4);
  const y = (v: number) => 1.2 + 9 - ((v - ticks.min) / (ticks.max - ticks.min)) * 9;
  const x = (i: number) => 7 + (86 * i) / Math.max(spec.categories.length - 1, 1);
  let out = '';
  for (let t = ticks.min; t <= ticks.max + 1e-9; t += ticks.step) out += `<line class="chart-grid" x1="0" x2="100%" y1="${num(y(t))}em" y2="${num(y(t))}em"></line><text class="chart-tick" x="0" y="${num(y(t) - 0.25)}em">${formatValue(t)}</text>`;
  const paths = spec.series.map((s, n) => `<path class="chart-line s${n}" d="${s.values.map((v, i) => `${i ? 'L' : 'M'}${num(x(i) * 10)},${num(((y(v) - 1.2) / 9) * 1000)}`).join('')}" fill="none" vector-effect="non-scaling-stroke"></path>`);
  out += `<svg x="0" y="1.2em" width="100%" height="9em" viewBox="0 0 1000 1000" preserveAspectRatio="none" overflow="visible">${paths.join('')}</svg>`;
  spec.series.forEach((s, n) => s.values.forEach((v, i) => (out += `<circle class="chart-dot s${n}" cx="${num(x(i))}%" cy="${num(y(v))}em" r="0.3em"></circle>`)));
  spec.categories.forEach((c, i) => (out += `<text class="chart-label" x="${num(x(i))}%" y="11.6em" text-anchor="middle">${esc(c)}</text>`));
  return `<svg class="chart-svg chart-line-svg" width="100%" height="12.2em" aria-hidden="true" focusable="false">${out}</svg>`;
}
