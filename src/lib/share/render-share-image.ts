import { buildCard } from './card-template.ts';
import { buildPoster } from './poster-template.ts';
import { renderPng, type RenderTimings } from './render-png.ts';
import type { ShareFontFace } from './share-fonts.ts';
import type { ShareDrawing, ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';
import { shareImageSizes, type ShareImageKind } from './share-paths.ts';
import { buildSquare } from './square-template.ts';

const TEMPLATES: Record<ShareImageKind, (request: ShareImageRequest) => ShareDrawing> = {
  card: ({ share, site }) => ({ node: buildCard(share, site) }),
  square: ({ share, site }) => ({ node: buildSquare(share, site) }),
  poster: ({ share, site, lead }) => buildPoster(share, site, lead),
};

/** What one image needs: which image, of which page, for which site. Plain data, so it crosses to a worker. */
export interface ShareImageRequest {
  image: ShareImageKind;
  share: ShareData;
  site: ShareSite;
  /** The page's rare-glyph faces (see page-rare-faces.ts), only when its text has rare characters. */
  rareFaces?: ShareFontFace[];
  /** The poster's lead image (a story's cover, cropped by lead-image.ts) as a data URI. */
  lead?: string;
}

/** Renders one share image to PNG bytes with the primary's faces already loaded, and the page's rare glyphs if it has any. */
export function renderShareImage(request: ShareImageRequest, faces: readonly ShareFontFace[], timings?: RenderTimings): Promise<Buffer> {
  const drawing = TEMPLATES[request.image](request);
  return renderPng(drawing, shareImageSizes[request.image], request.rareFaces ? [...faces, ...request.rareFaces] : faces, timings);
}
