import { readFileSync } from 'node:fs';
import { readCoverage, type CoverageTest } from '../share/font-coverage.ts';
import { locateBundledFonts, type LocatedFamily } from './bundled-fonts.ts';

/** Which characters the bundled fonts can draw, and which family draws each. */
export interface Drawable {
  /** Index of the first bundled family (primary 0, then the fallbacks) that draws the code point; -1 when none does. */
  familyOf(codePoint: number): number;
}

/** A character no bundled font draws and where it is in a text (UTF-16 offset). */
export interface Undrawable {
  char: string;
  offset: number;
}

// Spaces and default-ignorable characters (joiners, variation selectors) need no glyph of their own.
const NO_GLYPH = /[\s\p{Default_Ignorable_Code_Point}]/u;

/** Coverage of families given as cmap tests, primary first: what `loadDrawable` builds from the font files. */
export function drawableFrom(families: readonly CoverageTest[]): Drawable {
  // A site uses a few thousand distinct characters over and over: each is looked up in the cmaps once.
  const known = new Map<number, number>();
  return {
    familyOf(codePoint) {
      let family = known.get(codePoint);
      if (family === undefined) known.set(codePoint, (family = families.findIndex((covers) => covers(codePoint))));
      return family;
    },
  };
}

let bundled: Drawable | undefined;

const readFamily = (family: LocatedFamily) => readCoverage(new Uint8Array(readFileSync(family.paths[400])));

/** The one answer to “can we draw this character”: the union of the bundled families' regular faces, read once per process. */
export function loadDrawable(families?: readonly LocatedFamily[]): Drawable {
  if (families) return drawableFrom(families.map(readFamily));
  bundled ??= drawableFrom(locateBundledFonts().map(readFamily));
  return bundled;
}

/** Whether a character needs a glyph at all: `"吉"` → true; `" "`, `"\u200D"`, `"\uFE0F"` → false. */
export function needsGlyph(char: string): boolean {
  return !NO_GLYPH.test(char);
}

/**
 * Every occurrence of a character no bundled font draws, in order: `("吉\uE000𠮷", drawable)` → `[{ char: "\uE000", offset: 1 }]`.
 * Characters in people's and companies' names (𠮷 䶮 𬌗 堃 喆 昇) are drawn by the primary or a fallback and never listed.
 */
export function findUndrawable(text: string, drawable: Drawable): Undrawable[] {
  const found: Undrawable[] = [];
  let offset = 0;
  for (const char of text) {
    if (needsGlyph(char) && drawable.familyOf(char.codePointAt(0)!) < 0) found.push({ char, offset });
    offset += char.length;
  }
  return found;
}

/** A code point as editors can look it up: `"𠮷"` → `"U+20BB7"`, `"\uE000"` → `"U+E000"`. */
export function formatCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
