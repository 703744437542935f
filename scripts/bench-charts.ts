/**
 * `npm run bench:charts`: what the 数据 pages' charts cost, by the numbers. For a content tree (default: the demo),
 * computes every year's numbers and the all-years page with src/lib/numbers/, draws every chart with the site's renderer
 * (d3-scale + d3-shape, src/lib/charts/) and with the hand-written baseline (scripts/bench/hand-charts.ts), and prints
 * bytes per chart (as served and gzipped) and milliseconds per chart; with --echarts <path of an installed echarts
 * package> also Apache ECharts' server-side SVG of the same bar and line charts. Numbers for reading, never asserted.
 *
 *   npm run bench:charts [-- --content DIR] [--rounds 50] [--echarts /tmp/x/node_modules/echarts]
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { ChartSpec } from '../src/lib/charts/chart-spec.ts';
import { renderChartSvg } from '../src/lib/charts/render-chart.ts';
import { computeAllYears } from '../src/lib/numbers/all-years.ts';
import { computeYearNumbers } from '../src/lib/numbers/year-numbers.ts';
import { readNumbersInput } from './bench/chart-input.ts';
import { formatTable } from './bench/format-table.ts';
import { handBarChart, handLineChart } from './bench/hand-charts.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, rounds: { type: 'string', default: '50' }, echarts: { type: 'string' } } });
const rounds = Number(values.rounds);

const started = performance.now();
const input = readNumbersInput(values.content);
const read = performance.now() - started;
const computeStart = performance.now();
const pages = [...input.years.map((year) => computeYearNumbers(input, year, input.years).charts), computeAllYears(input, input.years).charts];
const compute = performance.now() - computeStart;
const specs: ChartSpec[] = pages.flat().map((chart) => chart.spec);
// The report charts are line charts: draw every count chart as a line too, so both kinds are weighed on real data.
const lines: ChartSpec[] = specs.filter((s) => s.categories.length > 1).map((s) => ({ ...s, kind: 'line' }));

/** Bytes (raw, gzip) and ms per chart of one renderer over a set of specs. */
function measure(render: (spec: ChartSpec) => string, set: ChartSpec[]): { bytes: number; gzip: number; max: number; ms: number } {
  const svgs = set.map(render);
  const t = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const spec of set) render(spec);
  const ms = (performance.now() - t) / (rounds * set.length);
  const sizes = svgs.map((svg) => Buffer.byteLength(svg));
  return { bytes: sizes.reduce((a, b) => a + b, 0) / set.length, gzip: svgs.map((svg) => gzipSync(svg).length).reduce((a, b) => a + b, 0) / set.length, max: Math.max(...sizes), ms };
}

/** How long a fresh Node takes to import a module, in ms (median of 3). */
function importTime(specifier: string): number {
  const times = [0, 1, 2].map(() => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-t)`], { encoding: 'utf8' });
    return Number(child.stdout.trim());
  });
  return times.sort((a, b) => a - b)[1]!;
}

const rows: string[][] = [];
const row = (name: string, kind: string, m: ReturnType<typeof measure>, load: number) => rows.push([name, kind, m.bytes.toFixed(0), m.max.toFixed(0), m.gzip.toFixed(0), m.ms.toFixed(3), load.toFixed(0)]);
const bars = specs.filter((s) => s.kind === 'bar');
row('d3-scale + d3-shape (site)', 'bar', measure(renderChartSvg, bars), importTime(new URL('../src/lib/charts/render-chart.ts', import.meta.url).href));
row('d3-scale + d3-shape (site)', 'line', measure(renderChartSvg, lines), 0);
row('hand-written', 'bar', measure(handBarChart, bars), importTime(new URL('./bench/hand-charts.ts', import.meta.url).href));
row('hand-written', 'line', measure(handLineChart, lines), 0);

if (values.echarts) {
  // ECharts is not a dependency: only the calls made here are typed.
  type Chart = { setOption(option: unknown): void; renderToSVGString(): string; dispose(): void };
  const echarts = (await import(values.echarts)) as { init(dom: null, theme: null, options: { renderer: 'svg'; ssr: true; width: number; height: number }): Chart };
  const draw = (spec: ChartSpec): string => {
    const height = spec.kind === 'line' ? 260 : 40 + 44 * spec.categories.length;
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 343, height });
    const series = spec.series.map((s) => ({ type: spec.kind === 'line' ? 'line' : 'bar', name: s.name, data: s.values, label: { show: true } }));
    chart.setOption(spec.kind === 'line' ? { animation: false, xAxis: { type: 'category', data: spec.categories }, yAxis: { type: 'value' }, series } : { animation: false, yAxis: { type: 'category', data: spec.categories, inverse: true }, xAxis: { type: 'value' }, series });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  };
  row('Apache ECharts SSR (fixed px)', 'bar', measure(draw, bars), importTime(values.echarts));
  row('Apache ECharts SSR (fixed px)', 'line', measure(draw, lines), 0);
}

console.log(`${values.content}: ${input.years.length} years, ${specs.length} charts on the 数据 pages (${bars.length} bar, ${specs.length - bars.length} column), ${lines.length} drawn as lines too`);
console.log(`read the tree ${read.toFixed(0)} ms; counted every year and all years ${compute.toFixed(1)} ms\n`);
console.log(formatTable(['renderer', 'chart', 'bytes/chart', 'largest', 'gzip/chart', 'ms/chart', 'import ms'], rows));
