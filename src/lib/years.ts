/** A year and the items that belong to it. */
export interface YearGroup<T> {
  year: number;
  items: T[];
}

/**
 * Buckets items by year, newest year first; items keep their order inside a year.
 * `[{year: 2023}, {year: 2024}, {year: 2023}]` → `[{year: 2024, items: [·]}, {year: 2023, items: [·, ·]}]`
 */
export function groupByYear<T extends { year: number }>(items: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const bucket = groups.get(item.year);
    if (bucket) bucket.push(item);
    else groups.set(item.year, [item]);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, items: list }));
}

/** Sorts dated items newest first, then by title so equal dates keep a stable order. */
export function sortNewestFirst<T extends { date: Date; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'zh-CN'));
}

/** Every year that has at least one item, newest first: `[2022, 2024, 2022]` → `[2024, 2022]`. */
export function listYears(...lists: ReadonlyArray<ReadonlyArray<{ year: number }>>): number[] {
  return [...new Set(lists.flat().map((i) => i.year))].sort((a, b) => b - a);
}
