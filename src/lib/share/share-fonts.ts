import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { locateBundledFonts, PRIMARY_FAMILY, type FaceWeight } from '../fonts/bundled-fonts.ts';
import { RARE_GLYPH_FAMILY } from '../fonts/rare-glyph-font.ts';

/**
 * The `fontFamily` templates set: a page's rare-glyph font first (only pages with rare characters load one; it holds
 * nothing else and has the primary's metrics), then the primary. `"GSL Rare Glyphs, Noto Serif SC"`
 */
export const SHARE_FONT_FAMILY = `${RARE_GLYPH_FAMILY}, ${PRIMARY_FAMILY.name}`;

const WEIGHTS: readonly FaceWeight[] = [400, 700];

/** One face as satori takes it. */
export interface ShareFontFace {
  name: string;
  data: Uint8Array;
  weight: FaceWeight;
  style: 'normal';
}

/** The primary's faces and a hash of their bytes for the image cache key. */
export interface ShareFonts {
  faces: ShareFontFace[];
  hash: string;
}

/** Absolute paths of the primary's font files inside node_modules, regular first. */
export function locateShareFontFiles(): string[] {
  const [primary] = locateBundledFonts([PRIMARY_FAMILY]);
  return WEIGHTS.map((weight) => primary!.paths[weight]);
}

/** Reads the primary's font files once (about 30 MB); call once per build, or once per worker. */
export function loadShareFonts(files: readonly string[] = locateShareFontFiles()): ShareFonts {
  const hash = createHash('sha256');
  const faces = WEIGHTS.map((weight, i): ShareFontFace => {
    const data = new Uint8Array(readFileSync(files[i]!));
    hash.update(data);
    return { name: PRIMARY_FAMILY.name, data, weight, style: 'normal' };
  });
  return { faces, hash: hash.digest('hex') };
}
