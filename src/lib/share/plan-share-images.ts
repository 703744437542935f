import { cardFooter } from './card-template.ts';
import { createHash } from 'node:crypto';
import type { ShareImageRequest } from './render-share-image.ts';
import type { LeadSource } from './lead-image.ts';
import type { PageRareFaces } from './page-rare-faces.ts';
import { toShareSite, type ShareSite } from './share-node.ts';
import { shareImageSizes, sharePaths, type ShareImageKind } from './share-paths.ts';
import type { ShareData } from './types.ts';

/** One image to put in the output: where it goes, what draws it and the cache key of its pixels. */
export interface ShareImageJob extends ShareImageRequest {
  /** Site-relative path, e.g. "/share/reports/2024/zhiwei/card.png". */
  outPath: string;
  key: string;
  /** Posters of pages with a lead image: its file, read and cropped only when the poster is drawn. */
  leadSource?: LeadSource;
}

const IMAGES: readonly ShareImageKind[] = ['card', 'square', 'poster'];

/**
 * The inputs of one image that reach its pixels. The square never draws the summary, the card only as its last line
 * when the page has no date or count to show (an enterprise's profile): the card's input is that line as drawn. Neither
 * draws the address or the poster's parts, groups, quote or picture, so those re-render only the poster.
 */
export function pickDrawnInputs(image: ShareImageKind, share: ShareData, site: ShareSite): unknown {
  const { source: _source, description, pagePath, parts, groups, quote, image: lead, ...drawn } = share;
  const size = shareImageSizes[image];
  if (image === 'poster') return { image, size, share: { ...drawn, description, pagePath, parts, groups, quote, lead }, site };
  const cardSite = { name: site.name, shortName: site.shortName, colors: site.colors, logoData: site.logoData };
  return { image, size, share: image === 'card' ? { ...drawn, footer: cardFooter(share) } : drawn, site: cardSite };
}

/**
 * Cache key of one image: the shared fingerprint plus the image's own inputs, as a SHA-256 hex string. A page's
 * rare-glyph faces are inputs too, by the key of what made them (its rare characters and the fonts they come from).
 */
export function hashShareImage(fingerprint: string, image: ShareImageKind, share: ShareData, site: ShareSite, rareKey = ''): string {
  return createHash('sha256').update(fingerprint).update('\n').update(JSON.stringify(pickDrawnInputs(image, share, site))).update(rareKey).digest('hex');
}

/** The three images of every page, in page order, each with its output path, cache key and the page's rare-glyph faces. */
export function planShareImages(
  shares: readonly ShareData[],
  anySite: ShareSite,
  fingerprint: string,
  rareFaces: ReadonlyMap<string, PageRareFaces> = new Map(),
  leads: ReadonlyMap<string, LeadSource> = new Map(),
): ShareImageJob[] {
  const site = toShareSite(anySite);
  return shares.flatMap((share) => {
    const paths = sharePaths(share.pagePath);
    const rare = rareFaces.get(share.pagePath);
    const lead = leads.get(share.pagePath);
    return IMAGES.map((image) => {
      const withLead = image === 'poster' && lead !== undefined;
      const key = hashShareImage(fingerprint, image, share, site, `${rare?.key ?? ''}${withLead ? `lead:${lead.hash}` : ''}`);
      return { image, share, site, ...(rare ? { rareFaces: rare.faces } : {}), ...(withLead ? { leadSource: lead } : {}), outPath: paths[image], key };
    });
  });
}
