/** Smallest, middle and largest of a set of measurements. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** `summarize([3, 1, 2])` → `{ min: 1, median: 2, max: 3 }`; the median of an even count is the mean of the middle two. */
export function summarize(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

/** Seconds with two decimals, or `—` when unknown: `formatSeconds(1234)` → `'1.23'`. */
export function formatSeconds(ms: number | undefined): string {
  return ms === undefined ? '—' : (ms / 1000).toFixed(2);
}

/** `min / median / max` in seconds: `formatSpread({ min: 900, median: 1000, max: 1500 })` → `'0.90 / 1.00 / 1.50'`. */
export function formatSpread(spread: Spread | undefined): string {
  if (!spread) return '—';
  return `${formatSeconds(spread.min)} / ${formatSeconds(spread.median)} / ${formatSeconds(spread.max)}`;
}

/** Bytes in the largest fitting unit: `formatBytes(30720)` → `'30.0 KB'`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
