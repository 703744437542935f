import { foldForMatch } from './fold-text.ts';

/** A half-open range `[start, end)` of positions in a text. */
export type TextRange = [start: number, end: number];

function foldTerm(term: string): string {
  return foldForMatch(term).text;
}

/**
 * Every place where one of the terms occurs as written (width, case, spaces and thousands separators
 * aside), as ranges of the original text, sorted and merged: `findTermRanges("营商的环境，营商环境", ["营商环境"])` → `[[6, 10]]`.
 */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  const folded = foldForMatch(text);
  const ranges: TextRange[] = [];
  for (const term of terms.map(foldTerm)) {
    if (term === '') continue;
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + term.length)) {
      const start = folded.origin[at] ?? 0;
      const end = (folded.origin[at + term.length - 1] ?? start) + 1;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Whether every term occurs in the text as written, not merely its characters apart:
 * `hasEveryTerm("营商的环境", ["营商环境"])` → false; `hasEveryTerm("优化营商环境", ["营商环境"])` → true.
 */
export function hasEveryTerm(text: string, terms: readonly string[]): boolean {
  const folded = foldForMatch(text).text;
  return terms.length > 0 && terms.every((term) => folded.includes(foldTerm(term)));
}
