import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { locateBundledFonts, type FaceWeight, type LocatedFamily } from './bundled-fonts.ts';
import { needsGlyph, type Drawable } from './drawable.ts';

/** The family name of the small per-page font that carries a share image's rare characters. */
export const RARE_GLYPH_FAMILY = 'GSL Rare Glyphs';

/**
 * The characters of a text that share images take from the rare-glyph font, each once in code point order: every one the
 * primary lacks, and every one outside the Basic Multilingual Plane even when the primary has it. Satori 0.63 remembers
 * the font it chose per UTF-16 unit, which for such characters is their high surrogate: after 𠮷 (JP) a 𠠬 (HK) with the same
 * surrogate would be looked up in the JP font and drawn as a box. One font holding all of them keeps every choice right.
 * `("吉𠮷工𬌗", drawable)` → `["𠮷", "𬌗"]`
 */
export function pickRareChars(text: string, drawable: Drawable): string[] {
  const chars = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (needsGlyph(char) && (codePoint > 0xffff || drawable.familyOf(codePoint) !== 0)) chars.add(char);
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** Glyph sources of one weight: the bundled families' faces parsed for their outlines, primary first, and a hash of their bytes. */
export interface GlyphSources {
  fonts: opentype.Font[];
  hash: string;
}

/** Parses the bundled families' faces of one weight (about 0.1 s each), hashing their bytes for cache keys. */
export function loadGlyphSources(weight: FaceWeight, families: readonly LocatedFamily[] = locateBundledFonts()): GlyphSources {
  const hash = createHash('sha256');
  const fonts = families.map((family) => {
    const data = readFileSync(family.paths[weight]);
    hash.update(data);
    return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), { lowMemory: true });
  });
  return { fonts, hash: hash.digest('hex') };
}

/**
 * One small OpenType font holding exactly `chars`, each outline copied from the first source that has it (a character no
 * source has gets the primary's empty box, as it would anyway). It takes the primary's units and vertical metrics, so a
 * line set with it first in the font stack has the same height and baseline as one without it.
 */
export function buildRareGlyphFont(chars: readonly string[], sources: readonly opentype.Font[], weight: FaceWeight): Uint8Array {
  // The bytes carry the time of writing (opentype.js stamps head.modified), so caches key on the inputs, not on them.
  const primary = sources[0]!;
  const box = primary.glyphs.get(0);
  const glyphs = [new opentype.Glyph({ name: '.notdef', advanceWidth: box.advanceWidth ?? primary.unitsPerEm, path: box.path })];
  for (const char of chars) {
    const source = sources.find((font) => font.charToGlyphIndex(char) > 0);
    const glyph = source ? source.charToGlyph(char) : box;
    const codePoint = char.codePointAt(0)!;
    glyphs.push(new opentype.Glyph({ name: `u${codePoint.toString(16).toUpperCase()}`, unicode: codePoint, advanceWidth: glyph.advanceWidth ?? primary.unitsPerEm, path: glyph.path }));
  }
  const font = new opentype.Font({
    familyName: RARE_GLYPH_FAMILY,
    styleName: weight === 700 ? 'Bold' : 'Regular',
    unitsPerEm: primary.unitsPerEm,
    ascender: primary.ascender,
    descender: primary.descender,
    weightClass: weight as unknown as string,
    glyphs,
  });
  // opentype.js 1.3.4 prints “Adding CMAP format 12 (needed!)” whenever a glyph lies outside the BMP; not for the build log.
  const log = console.log;
  console.log = () => {};
  try {
    return new Uint8Array(font.toArrayBuffer() as ArrayBuffer);
  } finally {
    console.log = log;
  }
}
