import { sortNewestFirst } from './years.ts';

/*
 * What the home page leads with: the newest pieces across every year and kind, one story to feature (the newest with
 * a lead image); the year's key numbers are the 数据 pages' own (numbers/key-figures.ts, KeyFigures.astro).
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
