import { countHonorees } from './honoree-count.ts';
import type { HonorTable } from './honors.ts';
import { sortNewestFirst } from './years.ts';

/*
 * What the home page leads with: the newest pieces across every year and kind, one story to feature (the newest with
 * a lead image), and a year's key numbers with nothing that is zero, so the page never shows an empty card.
 */

/** A dated piece as the home page needs it. */
interface Dated {
  date: Date;
  title: string;
}

/** The `limit` newest pieces of several lists together: reports of 2025, stories of 2024 … newest first. */
export function latestAcross<T extends Dated>(lists: ReadonlyArray<readonly T[]>, limit: number): T[] {
  return sortNewestFirst(lists.flat()).slice(0, limit);
}

/** The story to feature: the newest that has a lead image, else the newest; none when there are no stories. */
export function pickFeatured<T extends Dated & { cover?: unknown }>(stories: readonly T[]): T | undefined {
  const newest = sortNewestFirst(stories);
  return newest.find((s) => s.cover !== undefined) ?? newest[0];
}

/** The key numbers a year can show, in the order the home page shows them. */
export const KEY_NUMBERS = ['reports', 'honors', 'honorees', 'stories', 'enterprises'] as const;

/** One key number: which, and how many. */
export interface KeyNumber {
  key: (typeof KEY_NUMBERS)[number];
  value: number;
}

/** A year's pieces, as far as its numbers need them. */
export interface YearPieces {
  reports: ReadonlyArray<{ mentions: readonly string[] }>;
  honors: ReadonlyArray<{ tables: ReadonlyArray<Pick<HonorTable, 'columns' | 'nameColumn' | 'rows'>> }>;
  stories: ReadonlyArray<{ enterprises: readonly string[] }>;
}

/**
 * A year's key numbers without the zeros, so no empty card is ever shown: pieces of each kind, honourees, and the
 * different enterprises its reports mention, its honour rows name and its stories are about. `resolve` finds an
 * honour row's enterprise by name. A year of 1 report and 1 story → `[{ key: "reports", value: 1 }, { key: "stories", value: 1 }, …]`.
 */
export function yearKeyNumbers(year: YearPieces, resolve: (name: string) => string | undefined): KeyNumber[] {
  const honorees = year.honors.reduce((n, h) => n + countHonorees(h.tables).total, 0);
  const named = year.honors.flatMap((h) => h.tables.flatMap((t) => t.rows.flatMap((row) => resolve(row.name) ?? [])));
  const enterprises = new Set([...year.reports.flatMap((r) => r.mentions), ...year.stories.flatMap((s) => s.enterprises), ...named]).size;
  const counts = { reports: year.reports.length, honors: year.honors.length, honorees, stories: year.stories.length, enterprises };
  return KEY_NUMBERS.map((key) => ({ key, value: counts[key] })).filter((n) => n.value > 0);
}
