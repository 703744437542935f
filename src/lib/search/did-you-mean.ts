import { distance } from 'fastest-levenshtein';
import { isPinyinQuery, type NameEntry } from './name-pinyin.ts';

/** How many suggestions "did you mean" offers at most. */
export const MAX_SUGGESTIONS = 5;

interface Window {
  text: string;
  pinyin: string;
}

/** Every run of `length` characters of a name that holds no punctuation or space, with its pinyin joined. */
function windows(chars: readonly string[], syllables: readonly string[], lengths: readonly number[]): Window[] {
  const out: Window[] = [];
  for (const length of lengths) {
    for (let i = 0; i + length <= chars.length; i++) {
      const text = chars.slice(i, i + length).join('');
      if (/^[\p{L}\p{N}]+$/u.test(text)) out.push({ text, pinyin: syllables.slice(i, i + length).join('') });
    }
  }
  return out;
}

/**
 * The names and titles nearest to a query that found nothing — by edit distance on characters (华锐药业 → 华瑞药业)
 * and on pinyin (a homophone typed by an input method, or pinyin with a slip: huarei → 华瑞) — as parts of real names,
 * so each suggestion finds something; `readings` (syllable → characters) gives the sound of characters no name has.
 * `suggestNames("华锐药业", [["华瑞药业", "hua rui yao ye"]])` → `["华瑞药业"]`.
 */
export function suggestNames(query: string, names: readonly NameEntry[], readings: Readonly<Record<string, string>> = {}): string[] {
  const q = query.replace(/\s+/g, '');
  const latin = isPinyinQuery(q);
  const qChars = [...q.toLowerCase()];
  const known = new Map<string, string>();
  for (const [syllable, chars] of Object.entries(readings)) for (const char of chars) known.set(char, syllable);
  for (const [text, pinyin] of names) {
    const syllables = pinyin.split(' ');
    [...text].forEach((char, i) => known.set(char, syllables[i] ?? char));
  }
  const qPinyin = latin ? q.toLowerCase() : qChars.map((c) => known.get(c) ?? c).join('');
  const pinyinLimit = Math.max(1, Math.floor(qPinyin.length / 6));
  const charLimit = Math.max(1, Math.floor(qChars.length / 3));
  const scored = new Map<string, number>();
  for (const [text, pinyin] of names) {
    const chars = [...text];
    const syllables = pinyin.split(' ');
    if (syllables.length !== chars.length) continue;
    const lengths = latin ? [1, 2, 3, 4, 5, 6] : [qChars.length - 1, qChars.length, qChars.length + 1].filter((n) => n >= 2);
    for (const w of windows(chars, syllables, lengths)) {
      if (latin && Math.abs(w.pinyin.length - qPinyin.length) > pinyinLimit) continue;
      const byPinyin = distance(qPinyin, w.pinyin) <= pinyinLimit ? distance(qPinyin, w.pinyin) : Infinity;
      const byChars = latin ? Infinity : distance(q, w.text);
      const score = Math.min(byChars <= charLimit ? byChars : Infinity, byPinyin);
      if (score === Infinity || (score === 0 && !latin && w.text === q)) continue;
      if (score < (scored.get(w.text) ?? Infinity)) scored.set(w.text, score);
    }
  }
  return [...scored]
    .sort(([a, x], [b, y]) => x - y || Math.abs([...a].length - qChars.length) - Math.abs([...b].length - qChars.length) || a.localeCompare(b, 'zh-CN'))
    .slice(0, MAX_SUGGESTIONS)
    .map(([text]) => text);
}
