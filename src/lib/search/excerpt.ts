import { findTermRanges, type TextRange } from './match-terms.ts';

/** How long an excerpt is, in characters, when nothing else is asked for. */
export const EXCERPT_LENGTH = 80;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use inside HTML: `"<b>&"` → `"&lt;b&gt;&amp;"`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Wraps each range of the text in `<mark>`, escaping the rest: `markRanges("优化营商环境", [[2, 6]])` → `"优化<mark>营商环境</mark>"`. */
export function markRanges(text: string, ranges: readonly TextRange[]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * An excerpt of the text around the first place the terms occur at or after `from` (or anywhere, if
 * none does there), with exactly the terms' own characters marked:
 * `buildExcerpt("……持续优化营商环境，推进……", ["营商环境"], { length: 10 })` → `"…续优化<mark>营商环境</mark>，推进…"`.
 */
export function buildExcerpt(text: string, terms: readonly string[], options: { length?: number; from?: number } = {}): string {
  const length = options.length ?? EXCERPT_LENGTH;
  const ranges = findTermRanges(text, terms);
  const first = ranges.find(([start]) => start >= (options.from ?? 0)) ?? ranges[0];
  const centre = first ? Math.floor((first[0] + first[1]) / 2) : 0;
  const start = Math.max(0, Math.min(centre - Math.floor(length / 2), text.length - length));
  const end = Math.min(text.length, start + length);
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): TextRange => [s - start, e - start]);
  return `${start > 0 ? '…' : ''}${markRanges(text.slice(start, end), inside)}${end < text.length ? '…' : ''}`;
}
