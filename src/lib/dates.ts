/** The federation's clock: Beijing time, UTC+8 all year (China has no daylight saving time). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** A date the Chinese way, read in Beijing time: `2024-01-18` → `"2024年1月18日"`. */
export function formatChineseDate(date: Date): string {
  const [y, m, d] = isoDate(date).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The calendar date in Beijing time as ISO: a Date for 2024-01-18T00:00+08:00 → `"2024-01-18"`. */
export function isoDate(date: Date): string {
  return new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year of a date in Beijing time: `2023-12-31T20:00:00Z` → 2024. */
export function beijingYear(date: Date): number {
  return Number(isoDate(date).slice(0, 4));
}

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Why a written date could not be read: not in the `2024-01-18` form, or a day/time that does not exist. */
export type UnreadableDate = 'bad-format' | 'missing-day';

/**
 * Reads a date as editors write it; without a time zone it is Beijing time (a day starts at 00:00 in Beijing).
 * `"2024-01-18"` → 2024-01-17T16:00:00Z; `"2025-01-01T07:30:00"` → 2024-12-31T23:30:00Z;
 * `"2024-02-01T09:00:00Z"` → that instant; `"2024-02-30"` → `"missing-day"`; `"2024/1/18"` → `"bad-format"`
 */
export function readBeijingDate(written: string): Date | UnreadableDate {
  const match = WRITTEN_DATE.exec(written.trim());
  if (!match) return 'bad-format';
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(Number(`0${fraction}`) * 1000));
  const check = new Date(wall);
  const exists = check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!exists) return 'missing-day';
  return new Date(wall - zoneOffsetMs(zone));
}

/** `undefined` (no zone: Beijing) → 8 h; `"Z"` → 0; `"-05:00"` → −5 h; `"+0930"` → 9.5 h. */
function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return BEIJING_OFFSET_MS;
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return (zone.startsWith('-') ? -1 : 1) * minutes * 60_000;
}
