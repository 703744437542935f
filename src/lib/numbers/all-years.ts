import { dataText } from '../../i18n/data.ts';
import { countChart, type ChartSpec } from '../charts/chart-spec.ts';
import { MAX_LABELS } from '../charts/column-chart.ts';
import { enterprisesByIndustry, honoreesByCounty, honouredEnterprises } from './honor-numbers.ts';
import { countFigures, FIGURE_KEYS, type FigureKey } from './key-figures.ts';
import type { NumbersInput } from './numbers-input.ts';

/** The numbers across every year: a table of key figures by year, and the charts of the all-years 数据 page. */
export interface AllYearsNumbers {
  /** Oldest year first. */
  years: number[];
  table: { key: FigureKey; label: string; unit: string; values: number[] }[];
  charts: { spec: ChartSpec; note: string }[];
}

/**
 * Key figures year by year and the charts of /data/: honourees and stories per year, honourees by 区县 and honoured
 * enterprises by industry over all years. `(input, [2024, 2023])` → `{ years: [2023, 2024], table: [{ key: "reports", values: [2, 3] }, …] }`
 */
export function computeAllYears(input: NumbersInput, newestFirst: readonly number[]): AllYearsNumbers {
  const years = [...newestFirst].sort((a, b) => a - b);
  const counted = years.map((year) => countFigures(input, year));
  const table = FIGURE_KEYS.map((key) => ({ key, ...dataText.figures[key], values: counted.map((figures) => figures[key]) }));
  const t = dataText.charts;
  const perYear = (key: FigureKey, title: string, unit: string): ChartSpec => ({
    // Columns for a few years; a line once there are more years than a phone can label side by side.
    kind: years.length === 1 ? 'bar' : years.length <= MAX_LABELS ? 'column' : 'line',
    title,
    unit,
    categoryLabel: t.year,
    categories: years.map(String),
    series: [{ name: title, values: counted.map((figures) => figures[key]) }],
  });
  const charts = [
    { spec: perYear('honorees', t.honoreesPerYear, '个'), note: t.honoreesByAwardNote },
    { spec: perYear('honouredEnterprises', t.enterprisesPerYear, '家'), note: t.enterprisesByIndustryNote },
    { spec: perYear('stories', t.storiesPerYear, '篇'), note: '' },
    { spec: perYear('reports', t.reportsPerYear, '篇'), note: '' },
    { spec: countChart(t.honoreesByCountyAll, t.county, '个', honoreesByCounty(input.honors, input)), note: t.honoreesByCountyNote },
    { spec: countChart(t.enterprisesByIndustryAll, t.industry, '家', enterprisesByIndustry(honouredEnterprises(input.honors, input), input.enterprises)), note: t.enterprisesByIndustryNote },
  ].filter((chart) => chart.spec.categories.length > 0);
  return { years, table, charts };
}
