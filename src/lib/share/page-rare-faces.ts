import { createHash } from 'node:crypto';
import type { FaceWeight } from '../fonts/bundled-fonts.ts';
import type { Drawable } from '../fonts/drawable.ts';
import { buildRareGlyphFont, loadGlyphSources, pickRareChars, RARE_GLYPH_FAMILY, type GlyphSources } from '../fonts/rare-glyph-font.ts';
import type { ShareFontFace } from './share-fonts.ts';
import { collectDrawnText, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

const WEIGHTS: readonly FaceWeight[] = [400, 700];

/** A page's rare-glyph faces and what made them (its rare characters, the source fonts' bytes), as a cache key part. */
export interface PageRareFaces {
  faces: ShareFontFace[];
  key: string;
}

/**
 * The rare-glyph faces (regular and bold) of every page whose images draw a character the primary lacks or one outside
 * the BMP, by page path; pages without any get none and are drawn exactly as before. The fallback fonts are parsed only
 * when some page needs them, and pages with the same rare characters share one pair of faces.
 */
export function buildPageRareFaces(shares: readonly ShareData[], site: ShareSite, drawable: Drawable): Map<string, PageRareFaces> {
  const byPage = new Map<string, PageRareFaces>();
  const bySet = new Map<string, PageRareFaces>();
  let sources: Map<FaceWeight, GlyphSources> | undefined;
  for (const share of shares) {
    const chars = pickRareChars(collectDrawnText(share, site), drawable);
    if (chars.length === 0) continue;
    let made = bySet.get(chars.join(''));
    if (!made) {
      sources ??= new Map(WEIGHTS.map((weight) => [weight, loadGlyphSources(weight)]));
      const key = createHash('sha256').update(chars.join('')).update(WEIGHTS.map((weight) => sources!.get(weight)!.hash).join(',')).digest('hex');
      const faces = WEIGHTS.map((weight) => ({ name: RARE_GLYPH_FAMILY, data: buildRareGlyphFont(chars, sources!.get(weight)!.fonts, weight), weight, style: 'normal' as const }));
      made = { faces, key };
      bySet.set(chars.join(''), made);
    }
    byPage.set(share.pagePath, made);
  }
  return byPage;
}
