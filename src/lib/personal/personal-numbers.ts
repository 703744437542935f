/**
 * The one owner of "is this a citizen's number": 18-digit 居民身份证号 (region, a real birth date, GB 11643 check
 * character), mainland mobile numbers, and bank card numbers (16–19 digits passing Luhn). Full-width digits count as
 * digits, as readers see them; spaces and hyphens between groups (138 1234 5678, 6222-0210-…) are read through.
 */

/** Which kind of personal number was found. */
export type PersonalNumberKind = 'id' | 'mobile' | 'card';

/** One personal number in a text: where it is (UTF-16 offsets, end exclusive) and its digits without separators. */
export interface PersonalNumber {
  kind: PersonalNumberKind;
  start: number;
  end: number;
  /** `"13812345678"`, `"11010519491231002X"`: separators dropped, full-width folded, X upper case. */
  digits: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91]);

/** Folds full-width digits and letters to ASCII, one UTF-16 unit for one, so offsets stay where they were: `"１３８"` → `"138"`. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether 18 characters are a 居民身份证号 by GB 11643: `"11010519491231002X"` → true; one digit changed → false. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value) || !PROVINCES.has(Number(value.slice(0, 2)))) return false;
  const [year, month, day] = [Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14))];
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return CHECK[sum % 11] === value[17];
}

/** Whether digits pass the Luhn check that bank cards carry: `"6222021001115550003"`-like numbers; `"1234567812345678"` → false. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The same number with only its first 3 and last 4 characters showing: `"13812345678"` → `"138****5678"`. */
export function maskNumber(digits: string): string {
  return `${digits.slice(0, 3)}${'*'.repeat(Math.max(digits.length - 7, 0))}${digits.slice(-4)}`;
}

/** A number as written, reduced to what identifies it: `"+86 138-1234-5678"` → `"13812345678"`; `"１１０…x"` → `"110…X"`. */
export function normaliseNumber(written: string): string {
  return foldWidth(written).replace(/^\+?86(?=[\s-]*1[3-9])/, '').replace(/[\s-]/g, '').toUpperCase();
}

// Runs of digit groups (and an ID's final X) with single spaces or hyphens between them, never inside a longer run.
const RUN = /(?<![0-9A-Za-z])\+?\d+(?:[ -]\d+)*(?:[ -]?[Xx])?(?![0-9A-Za-z])/g;
const GROUP = /\+?\d+|[Xx]/g;

function judge(digits: string): PersonalNumberKind | undefined {
  if (digits.length === 18 && isIdNumber(digits)) return 'id';
  if (/^1[3-9]\d{9}$/.test(digits)) return 'mobile';
  if (/^\d{16,19}$/.test(digits) && passesLuhn(digits)) return 'card';
  return undefined;
}

/** The longest groups from `first` on that form one personal number (`2024 138 1234 5678` → the last three groups). */
function longestFrom(groups: { text: string; start: number; end: number }[], first: number): { last: number; kind: PersonalNumberKind; digits: string } | undefined {
  for (let last = groups.length - 1; last >= first; last -= 1) {
    const digits = normaliseNumber(groups.slice(first, last + 1).map((g) => g.text).join(''));
    const kind = judge(digits);
    if (kind) return { last, kind, digits };
  }
  return undefined;
}

/**
 * Every personal number in a text, in order.
 * `"联系人手机 138 1234 5678。"` → `[{ kind: "mobile", start: 6, end: 19, digits: "13812345678" }]`; `"138****5678"` → `[]`.
 */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const run of foldWidth(text).matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({ text: g[0], start: run.index + g.index, end: run.index + g.index + g[0].length }));
    for (let first = 0; first < groups.length; first += 1) {
      const hit = longestFrom(groups, first);
      if (!hit) continue;
      found.push({ kind: hit.kind, start: groups[first]!.start, end: groups[hit.last]!.end, digits: hit.digits });
      first = hit.last;
    }
  }
  return found;
}
