import { dataText } from '../../i18n/data.ts';
import { honouredEnterprises } from './honor-numbers.ts';
import type { NumbersInput } from './numbers-input.ts';

/** The figures a year is summed up by, in the order the pages show them. */
export const FIGURE_KEYS = ['reports', 'honors', 'honorees', 'honouredEnterprises', 'stories', 'storyEnterprises', 'events'] as const;

/** Which figure. */
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** One key figure of a year and how it changed from the year before. */
export interface KeyFigure {
  key: FigureKey;
  label: string;
  unit: string;
  value: number;
  /** The year before's value, when the site has an earlier year to compare with. */
  previous?: number;
}

/** Each figure's value for one year: the same counts the pages show (honourees are the rows of the honour pages). */
export function countFigures(input: NumbersInput, year: number): Record<FigureKey, number> {
  const of = <T extends { year: number }>(list: readonly T[]) => list.filter((item) => item.year === year);
  const honors = of(input.honors);
  const stories = of(input.stories);
  return {
    reports: of(input.reports).length,
    honors: honors.length,
    honorees: honors.reduce((sum, honor) => sum + honor.count, 0),
    honouredEnterprises: honouredEnterprises(honors, input).size,
    stories: stories.length,
    storyEnterprises: new Set(stories.flatMap((story) => story.enterprises)).size,
    events: input.events.get(year) ?? 0,
  };
}

/**
 * A year's key figures, each with the year before's value when the site goes back that far.
 * `(input, 2024, [2024, 2023])` → `[{ key: "reports", label: "工作报告", unit: "篇", value: 3, previous: 2 }, …]`
 */
export function keyFigures(input: NumbersInput, year: number, years: readonly number[]): KeyFigure[] {
  const now = countFigures(input, year);
  const before = years.some((y) => y < year) ? countFigures(input, year - 1) : undefined;
  return FIGURE_KEYS.map((key) => ({ key, ...dataText.figures[key], value: now[key], ...(before ? { previous: before[key] } : {}) }));
}

/** The figures the home page shows for the latest year, in this order. */
const HOME_FIGURES = ['reports', 'honors', 'honorees', 'stories', 'honouredEnterprises'] as const satisfies readonly FigureKey[];

/**
 * The latest year's figures as the home page shows them: the same counts as the year's 数据 page, without the zeros,
 * so the home page never shows an empty tile. A year of 1 report and 2 stories → `[{ key: "reports", value: 1, … }, { key: "stories", value: 2, … }]`.
 */
export function homeFigures(input: NumbersInput, year: number): KeyFigure[] {
  const counted = countFigures(input, year);
  return HOME_FIGURES.map((key) => ({ key, ...dataText.figures[key], value: counted[key] })).filter((figure) => figure.value > 0);
}

/** How a figure changed, in words: `{ value: 5, previous: 3 }` → `"比上年增加 2"`; no previous → `""`. */
export function describeChange(figure: Pick<KeyFigure, 'value' | 'previous' | 'unit'>): string {
  if (figure.previous === undefined) return '';
  return dataText.change(figure.value - figure.previous, figure.unit);
}
