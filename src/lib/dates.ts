/** A date the Chinese way, read in Beijing time: `2024-01-18` → `"2024年1月18日"`. */
export function formatChineseDate(date: Date): string {
  const [y, m, d] = isoDate(date).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The calendar date in Beijing time as ISO: a Date for 2024-01-18T00:00Z → `"2024-01-18"`. */
export function isoDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The year of a date in Beijing time: `2023-12-31T20:00:00Z` → 2024. */
export function beijingYear(date: Date): number {
  return Number(isoDate(date).slice(0, 4));
}
