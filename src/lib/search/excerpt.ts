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

/** One sentence of a page's indexed text: where it starts and ends in that text. */
interface Sentence {
  start: number;
  end: number;
}

const TERMINAL = new Set(['。', '！', '？', '；', '!', '?', '…']);

/**
 * Splits Pagefind's text of a page into sentences: after 。！？；, at the ". " Pagefind puts after a heading or
 * other block without its own punctuation (that joiner is dropped, never shown), and at a space next to a Chinese
 * character, which only joins blocks. Spaces around sentences are trimmed.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number, next: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? '')) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ start: s, end: e });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    // Pagefind's joiner after a block without punctuation (a heading, a table cell such as 序号 "1"); decimals have no space.
    if (char === '.' && text[i + 1] === ' ') push(i, i + 2);
    // A space next to a Chinese character is where Pagefind joined two blocks (a list of facts, a paragraph).
    else if (/\s/.test(char) && (/[^\x00-\x7f]/.test(text[i - 1] ?? '') || /[^\x00-\x7f]/.test(text[i + 1] ?? ''))) push(i, i + 1);
    else if (TERMINAL.has(char) && !TERMINAL.has(text[i + 1] ?? '') && text[i + 1] !== '”' && text[i + 1] !== '）') push(i + 1, i + 1);
  }
  push(text.length, text.length);
  return sentences;
}

/**
 * A snippet of whole sentences around the first place the terms occur at or after `from` (past the title): the
 * sentence that holds it — a real sentence, ending in Chinese punctuation, before a run of labels or a heading —
 * and the next one when it is short; cut with … only inside a sentence longer than `length`. Exactly the terms'
 * own characters are marked. `buildExcerpt("标题. 一是优化营商环境。二是减负。", ["营商环境"], { from: 2 })` →
 * `"一是优化<mark>营商环境</mark>。二是减负。"`
 */
export function buildExcerpt(text: string, terms: readonly string[], options: { length?: number; from?: number } = {}): string {
  const length = options.length ?? EXCERPT_LENGTH;
  const ranges = findTermRanges(text, terms);
  const sentences = splitSentences(text);
  const holding = sentences.filter((s) => s.start >= (options.from ?? 0) && ranges.some(([a, b]) => a >= s.start && b <= s.end));
  const isSentence = (s: Sentence) => TERMINAL.has(text[s.end - 1] ?? '') || text[s.end - 1] === '”';
  const chosen = holding.find(isSentence) ?? holding[0] ?? sentences.find((s) => s.start >= (options.from ?? 0)) ?? sentences[0];
  if (!chosen) return '';
  let { start, end } = chosen;
  const next = sentences[sentences.indexOf(chosen) + 1];
  if (next && isSentence(chosen) && isSentence(next) && next.end - start <= length) end = next.end;
  let before = '';
  let after = '';
  if (end - start > length) {
    const first = ranges.find(([a]) => a >= start && a < end);
    const centre = first ? Math.floor((first[0] + first[1]) / 2) : start;
    const from = Math.max(start, Math.min(centre - Math.floor(length / 2), end - length));
    if (from > start) before = '…';
    if (from + length < end) after = '…';
    start = from;
    end = Math.min(end, from + length);
  }
  const inside = ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]): TextRange => [a - start, b - start]);
  return `${before}${markRanges(text.slice(start, end), inside)}${after}`;
}
