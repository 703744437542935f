import type { FaceWeight } from '../fonts/bundled-fonts.ts';
import type { TextMeasure } from '../fonts/text-width.ts';
import { breakLines } from './break-lines.ts';

/** How far below the first size that fits a title may shrink to read evenly. */
const SHRINK = 0.7;

/** How a title is set in its box: the size chosen and its lines as drawn. */
export interface TitleFit {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size needs more lines than allowed: the last line ends in "…". */
  clamped: boolean;
}

/** The box a title must fit: width in px, the sizes to try from largest to smallest, the most lines allowed. */
export interface TitleBox {
  width: number;
  sizes: readonly number[];
  maxLines: number;
  weight?: FaceWeight;
  letterSpacing?: number;
}

/**
 * Sets a title in balanced lines that never break inside a kept name, at the size that reads best: from the largest size
 * that fits down to 70 % of it, the one whose lines are most even and full, weighted by size (so "锦川市工商业联合会
 * （总商会）" is one line, not one and a stub); a title too long even at the smallest size is cut there with "…".
 * `("锦川工商联2024年度", [], { width: 1056, sizes: [72, 60], maxLines: 3 })` → `{ fontSize: 72, lines: ["锦川工商联2024年度"], clamped: false }`
 */
export function fitTitle(title: string, keep: readonly string[], box: TitleBox, measure: TextMeasure): TitleFit {
  const weight = box.weight ?? 700;
  const set = box.sizes.map((fontSize) => ({
    fontSize,
    ...breakLines(title, keep, { width: box.width, fontSize, weight, maxLines: box.maxLines, ...(box.letterSpacing ? { letterSpacing: box.letterSpacing } : {}) }, measure, true),
  }));
  const whole = set.findIndex((s) => !s.clamped && !s.brokeKept);
  const first = whole >= 0 ? whole : set.findIndex((s) => !s.clamped);
  if (first >= 0) {
    const widths = (lines: string[]) => lines.map((l) => measure.width(l, 1, weight, (box.letterSpacing ?? 0) / 1));
    // Lines that are even and fill the box read as one block; a kept name can force a stub (口罩企业的 / “第二曲线”：…),
    // so sizes down to SHRINK of the first that fits are weighed: size × √(shortest/longest line × how full the lines are).
    const score = (s: (typeof set)[number]) => {
      const w = widths(s.lines);
      const fill = w.reduce((a, b) => a + b, 0) / w.length / (box.width / s.fontSize);
      return s.fontSize * Math.sqrt((Math.min(...w) / Math.max(...w)) * Math.min(1, fill));
    };
    const candidates = set.slice(first).filter((s) => s.fontSize >= set[first]!.fontSize * SHRINK && !s.clamped && (s.brokeKept ? 1 : 0) <= (set[first]!.brokeKept ? 1 : 0));
    const chosen = candidates.reduce((best, s) => (score(s) > score(best) ? s : best));
    return { fontSize: chosen.fontSize, lines: chosen.lines, clamped: false };
  }
  const last = set.at(-1)!;
  return { fontSize: last.fontSize, lines: last.lines, clamped: true };
}
