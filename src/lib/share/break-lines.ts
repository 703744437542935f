import type { FaceWeight } from '../fonts/bundled-fonts.ts';
import type { TextMeasure } from '../fonts/text-width.ts';
import { splitAtoms, type Atom } from './line-atoms.ts';

/** The box a text is set in: width in px, its type, and the most lines it may take. */
export interface LineBox {
  width: number;
  fontSize: number;
  weight: FaceWeight;
  maxLines: number;
  letterSpacing?: number;
}

/** A text set in lines: each line as drawn, whether it had to be cut with "…", and whether a kept name had to break. */
export interface SetLines {
  lines: string[];
  clamped: boolean;
  brokeKept: boolean;
}

const ELLIPSIS = '…';
const PAUSE = /[，：；。！？]$/u;

/** Greedy fill: the fewest lines, as index ranges into `widths`. */
function fill(widths: readonly number[], limit: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  widths.forEach((w, i) => {
    if (i > start && used + w > limit) {
      lines.push([start, i]);
      start = i;
      used = 0;
    }
    used += w;
  });
  if (widths.length > start) lines.push([start, widths.length]);
  return lines;
}

/**
 * The same number of lines as `fill`, with breaks chosen so the lines are as even as possible (least squared slack),
 * a line that ends at a pause (，：；。) counting as if a quarter of the box fuller: 搭上公铁联运班列： / 天益新能源、…
 */
function balance(widths: readonly number[], limit: number, count: number, pauses: readonly boolean[]): Array<[number, number]> {
  const n = widths.length;
  const sum = [0];
  for (const w of widths) sum.push(sum.at(-1)! + w);
  // best[k][j]: least cost of setting atoms 0..j in k lines; from[k][j]: where the k-th line starts.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let j = 1; j <= n; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const width = sum[j]! - sum[i]!;
        if (width > limit && j - i > 1) break;
        const cost = best[k - 1]![i]! + (limit - width) ** 2 - (pauses[j - 1] && j < n ? (limit / 4) ** 2 : 0);
        if (cost < best[k]![j]!) [best[k]![j], from[k]![j]] = [cost, i];
      }
    }
  }
  if (!Number.isFinite(best[count]![n]!)) return fill(widths, limit);
  const lines: Array<[number, number]> = [];
  for (let k = count, j = n; k > 0; j = from[k]![j]!, k--) lines.unshift([from[k]![j]!, j]);
  return lines;
}

/**
 * Sets `text` in lines that never break inside a kept name (`keep`) or a short bracketed phrase, never start with closing
 * punctuation, and, with `balanced`, are as even as the fewest lines allow (a title's last line is never a stub). A name
 * wider than the box is broken after all (`brokeKept`); text beyond `maxLines` is cut, its last line ending in "…".
 * `("锦川华瑞药业、济安医疗联合攻关", ["济安医疗"], { width: 540, fontSize: 60, … })` → `{ lines: ["锦川华瑞药业、", "济安医疗联合攻关"], … }`
 */
export function breakLines(text: string, keep: readonly string[], box: LineBox, measure: TextMeasure, balanced = false): SetLines {
  // Line breaks and runs of spaces become one space; the ideographic space (　·　) is kept as set.
  const flat = text.replace(/[ \t\r\n]+/g, ' ').trim();
  const widthOf = (s: string) => measure.width(s, box.fontSize, box.weight, box.letterSpacing);
  let brokeKept = false;
  const atoms: Atom[] = splitAtoms(flat, keep).flatMap((atom) => {
    if (!atom.kept || widthOf(atom.text) <= box.width) return [atom];
    brokeKept = true;
    return splitAtoms(atom.text);
  });
  const widths = atoms.map((atom) => widthOf(atom.text));
  let ranges = fill(widths, box.width);
  const clamped = ranges.length > box.maxLines;
  if (clamped) ranges = ranges.slice(0, box.maxLines);
  else if (balanced && ranges.length > 1) ranges = balance(widths, box.width, ranges.length, atoms.map((a) => PAUSE.test(a.text)));
  const lines = ranges.map(([start, end]) => atoms.slice(start, end).map((a) => a.text).join('').trim());
  if (clamped) {
    let last = atoms.slice(...ranges.at(-1)!).map((a) => a.text);
    while (last.length > 1 && widthOf(last.join('') + ELLIPSIS) > box.width) last = last.slice(0, -1);
    lines[lines.length - 1] = last.join('').replace(/[，。、；：,.\s]+$/u, '') + ELLIPSIS;
  }
  return { lines, clamped, brokeKept };
}
