/** How big a generated corpus is. */
export interface Preset {
  name: PresetName;
  firstYear: number;
  lastYear: number;
  counties: number;
  reports: number;
  stories: number;
  honors: number;
  enterprises: number;
}

/** The preset names the CLI accepts. */
export type PresetName = 'small' | 'large' | 'huge';

/** Demo-sized; a city federation over 30 years (issue 7); a provincial one at four times that. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  small: { name: 'small', firstYear: 2022, lastYear: 2024, counties: 6, reports: 6, stories: 15, honors: 5, enterprises: 25 },
  large: { name: 'large', firstYear: 1996, lastYear: 2025, counties: 15, reports: 600, stories: 1500, honors: 300, enterprises: 2000 },
  huge: { name: 'huge', firstYear: 1996, lastYear: 2025, counties: 32, reports: 2400, stories: 6000, honors: 1200, enterprises: 8000 },
};

/** Whether a CLI word names a preset: `isPresetName('large')` → true, `isPresetName('xl')` → false. */
export function isPresetName(value: string): value is PresetName {
  return Object.hasOwn(PRESETS, value);
}

/**
 * Spreads `total` items over consecutive years, later years getting up to twice as many as the first,
 * as a federation's output grows: `spreadOverYears(10, 2020, 2021)` → `[3, 7]` (sums to `total`).
 */
export function spreadOverYears(total: number, firstYear: number, lastYear: number): number[] {
  const span = lastYear - firstYear + 1;
  const weights = Array.from({ length: span }, (_, i) => 1 + (span > 1 ? i / (span - 1) : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = span - 1; left > 0; i = (i - 1 + span) % span, left--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}
