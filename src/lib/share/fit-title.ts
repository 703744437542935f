/** How a title is set in its box: the size chosen and how many lines it is expected to take. */
export interface TitleFit {
  fontSize: number;
  lines: number;
  /** True when even the smallest size needs more lines than allowed: satori's lineClamp ends it with "…". */
  clamped: boolean;
}

/** The box a title must fit: width in px, the sizes to try from largest to smallest, the most lines allowed. */
export interface TitleBox {
  width: number;
  sizes: readonly number[];
  maxLines: number;
}

/** Width of a character in em: CJK and full-width forms are square, Latin letters and digits about half. */
function measureEm(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x2e80) return /[\u2014\u2018-\u201d\u2026]/.test(char) ? 1 : char === ' ' ? 0.3 : 0.58;
  if (cp >= 0xff61 && cp <= 0xffdc) return 0.5;
  return 1;
}

/**
 * Counts the lines a title takes at a size, breaking anywhere (as CJK text does) and
 * never starting a line with closing punctuation (the line breaks one character earlier).
 * `("关于表彰全国先进民营企业的决定", 60, 600)` → `2`
 */
export function countLines(title: string, fontSize: number, width: number): number {
  let lines = 1;
  let used = 0;
  let previous = 0;
  for (const char of title) {
    const w = measureEm(char) * fontSize;
    if (used + w > width + 0.5 && used > 0) {
      lines += 1;
      // Closing punctuation may not start a line: the character before it moves down with it.
      used = /[，。、；：！？）》」』”’]/.test(char) ? previous : 0;
    }
    used += w;
    previous = w;
  }
  return lines;
}

/**
 * Picks the largest size at which the title fits the box, or the next size down when that saves a line
 * (so "锦川市工商业联合会（总商会）" is one line, not one and an orphan); a title too long even at the smallest
 * size is clamped there. `("锦川工商联2024年度", { width: 1056, sizes: [72, 60], maxLines: 3 })` → `{ fontSize: 72, lines: 1, clamped: false }`
 */
export function fitTitle(title: string, box: TitleBox): TitleFit {
  const normalised = title.replace(/\s+/g, ' ').trim();
  const fits = box.sizes.map((fontSize) => ({ fontSize, lines: countLines(normalised, fontSize, box.width), clamped: false }));
  const first = fits.findIndex((fit) => fit.lines <= box.maxLines);
  if (first >= 0) {
    const smaller = fits[first + 1];
    return smaller && smaller.lines < fits[first]!.lines ? smaller : fits[first]!;
  }
  const fontSize = box.sizes[box.sizes.length - 1]!;
  return { fontSize, lines: box.maxLines, clamped: true };
}
