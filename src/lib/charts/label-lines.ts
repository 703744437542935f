/**
 * Chart labels are SVG text, which does not wrap: long ones are broken into lines here. Widths are counted in em,
 * the unit the charts are laid out in, so the break holds in 关怀版 (1.5× text) as in the standard view.
 */

/**
 * How wide, in em of its text, the narrowest chart is: a 375 px phone in 关怀版 (measured in Chromium: 288 px at 24 px).
 * Labels are wrapped and end labels placed to fit in it.
 */
export const NARROWEST_EM = 11.5;

/** The width of a character in em, as CJK fonts set it: ideographs and full-width forms 1, Latin letters and digits about 0.6. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc) ? 0.6 : 1;
}

/** The width of a text in em: `"锦南区"` → 3; `"2024年"` → 3.4. */
export function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}

const NO_LINE_START = new Set('，。、；：！？）》」』”’％%,.;:!?)');

/**
 * Breaks a label into lines no wider than `maxEm`, never starting a line with closing punctuation.
 * `("锦川市“万企帮万村”行动先进民营企业和先进个人", 12)` → `["锦川市“万企帮万村”行动先", "进民营企业和先进个人"]`
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidth(line + char) > maxEm && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
