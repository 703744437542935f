/** A numbered outline marker at the start of a paragraph or heading, e.g. `（二）` is level 2, number 2. */
export interface OutlineMarker {
  /** 1 for `一、`, 2 for `（一）`, 3 for `1．`, 4 for `（1）`. */
  level: 1 | 2 | 3 | 4;
  number: number;
  /** The marker as written, e.g. `"（二）"`. */
  marker: string;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral up to 99: `"十二"` → 12, `"二十"` → 20, `"七"` → 7; anything else → NaN. */
export function chineseNumeral(text: string): number {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return Number.NaN;
  const [, tens = '', ten = '', units = ''] = match;
  if (!ten) return tens && !units ? (DIGITS[tens] ?? Number.NaN) : Number.NaN;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

const PATTERNS: ReadonlyArray<[OutlineMarker['level'], RegExp, (n: string) => number]> = [
  [1, /^([一二三四五六七八九十]{1,3})、/, chineseNumeral],
  [2, /^[（(]([一二三四五六七八九十]{1,3})[）)]/, chineseNumeral],
  [3, /^([0-9０-９]{1,2})[．.、](?![0-9０-９])/, (n) => Number(n.normalize('NFKC'))],
  [4, /^[（(]([0-9０-９]{1,2})[）)]/, (n) => Number(n.normalize('NFKC'))],
];

/** Finds the outline marker a text starts with: `"（三）服务平台不断完善。"` → `{ level: 2, number: 3, marker: "（三）" }`. */
export function parseOutlineMarker(text: string): OutlineMarker | null {
  const trimmed = text.trimStart();
  for (const [level, pattern, toNumber] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const number = toNumber(match[1] ?? '');
    if (Number.isInteger(number) && number > 0) return { level, number, marker: match[0] };
  }
  return null;
}

const MAX_RUN_IN_HEADING = 60;

/**
 * Splits a paragraph that opens with an outline marker into its run-in heading and the rest.
 * `"（一）教育引导扎实推进。始终把……"` → `{ heading: "（一）教育引导扎实推进。", rest: "始终把……" }`;
 * a paragraph whose first sentence is too long to be a heading → null.
 */
export function splitRunInHeading(text: string): { heading: string; rest: string } | null {
  const trimmed = text.trim();
  if (!parseOutlineMarker(trimmed)) return null;
  const end = trimmed.search(/[。！？；]/);
  if (end === -1 || end === trimmed.length - 1) {
    return trimmed.length <= MAX_RUN_IN_HEADING ? { heading: trimmed, rest: '' } : null;
  }
  if (end + 1 > MAX_RUN_IN_HEADING) return null;
  return { heading: trimmed.slice(0, end + 1), rest: trimmed.slice(end + 1).trim() };
}

/**
 * Follows the numbering of a document and gives each accepted marker a stable ASCII anchor.
 * A marker is accepted when it continues its level (previous + 1) or restarts it at 1, so a
 * sentence that merely starts with `三、` out of sequence is not taken for a heading.
 * `一、` → `"s1"`, then `（二）`… after `（一）` → `"s1-2"`, then `1．` → `"s1-2-1"`.
 */
export function createOutlineNumbering(): (marker: OutlineMarker) => string | null {
  const counters = [0, 0, 0, 0];
  return (marker) => {
    const index = marker.level - 1;
    const previous = counters[index] ?? 0;
    if (marker.number !== previous + 1 && marker.number !== 1) return null;
    if (index > 0 && counters.slice(0, index).every((n) => n === 0) && marker.number !== 1) return null;
    counters[index] = marker.number;
    counters.fill(0, index + 1);
    return `s${counters.slice(0, index + 1).join('-')}`;
  };
}
