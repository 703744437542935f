import { dataText } from '../../i18n/data.ts';

/**
 * What a chart says, before it is drawn: its kind, title, unit, category labels and one or more series of numbers.
 * The data pages build these from the content; an editor's `<Chart>` builds one from a table (chart-table.ts).
 */

/** `bar`: horizontal bars, one per category (long labels welcome); `column`: upright bars over a few categories (years); `line`: one or more series over ordered categories. */
export type ChartKind = 'bar' | 'column' | 'line';

/** One named row of numbers, one per category. */
export interface ChartSeries {
  name: string;
  values: number[];
}

/** A chart's numbers and words. */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** What the numbers count, shown with them: `家`, `人`, `亿元`, `%`. */
  unit: string;
  /** The header of the category column in the data table: `区县`, `年份`. */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
}

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A number as the chart and its table print it: `12345.678` → `"12,345.68"`; `-3` → `"-3"`. */
export function formatValue(value: number): string {
  return NUMBER.format(value);
}

/** A number with its unit: `(42, "家")` → `"42家"`; `(3.5, "%")` → `"3.5%"`. */
export function withUnit(value: number, unit: string): string {
  return `${formatValue(value)}${unit}`;
}

/** A one-series bar chart of counts, largest first (then by label), 未注明 last: the data pages' "by county", "by industry". */
export function countChart(title: string, categoryLabel: string, unit: string, counts: ReadonlyMap<string, number>, kind: ChartKind = 'bar'): ChartSpec {
  const last = (label: string) => (label === dataText.unknown ? 1 : 0);
  const rows = [...counts].sort(([a, x], [b, y]) => last(a) - last(b) || y - x || a.localeCompare(b, 'zh-CN'));
  return { kind, title, unit, categoryLabel, categories: rows.map(([label]) => label), series: [{ name: title, values: rows.map(([, n]) => n) }] };
}
