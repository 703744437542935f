/**
 * Full-width and half-width forms, made alike. Readers type `98%` or `９８％`, editors paste either from
 * Word; the index and the matcher must treat them as the same text.
 */

/** Full-width ASCII forms (！ U+FF01 to ～ U+FF5E) sit exactly this far above their half-width twins. */
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

function foldChar(char: string, alphanumericsOnly: boolean): string {
  if (char === IDEOGRAPHIC_SPACE) return alphanumericsOnly ? char : ' ';
  const code = char.charCodeAt(0);
  if (code < 0xff01 || code > 0xff5e) return char;
  const half = String.fromCharCode(code - FULL_WIDTH_OFFSET);
  return !alphanumericsOnly || /[0-9A-Za-z]/.test(half) ? half : char;
}

/**
 * Folds full-width letters, digits and punctuation and the ideographic space to half-width, and ASCII
 * letters to lower case, one character for one: `"ＧＤＰ增长９８％（同比）"` → `"gdp增长98%(同比)"`.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char, false);
  return out.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Folds only full-width letters and digits (and a decimal point between digits), for the index, so
 * excerpts keep their Chinese punctuation: `"增长９６．５％，ＧＤＰ"` → `"增长96.5％，GDP"`.
 */
export function foldAlphanumerics(text: string): string {
  // A full-width decimal point would split ９６．５ into two words in the index; 96.5 stays one.
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => foldChar(c, true)).replace(/(?<=\d)．(?=\d)/g, '.');
}

/** Text prepared for matching, with the position in the original text of each of its characters. */
export interface FoldedText {
  text: string;
  origin: number[];
}

/**
 * Folds for matching and drops what readers do not type the same way twice: whitespace and the
 * thousands separator between digits. `"增长 2,000 家"` → `{ text: "增长2000家", origin: [0, 1, 3, 5, 6, 7, 9] }`
 */
export function foldForMatch(text: string): FoldedText {
  const folded = foldWidth(text);
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i] ?? '';
    if (/\s/.test(char)) continue;
    if (text[i] === ',' && /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? '')) continue;
    out += char;
    origin.push(i);
  }
  return { text: out, origin };
}
