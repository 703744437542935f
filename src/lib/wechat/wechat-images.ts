import { loadDrawable } from '../fonts/drawable.ts';
import { buildCard, WECHAT_COVER_LAYOUT } from '../share/card-template.ts';
import { buildPageRareFaces } from '../share/page-rare-faces.ts';
import { renderPng } from '../share/render-png.ts';
import { loadShareFonts } from '../share/share-fonts.ts';
import { toShareSite, type ShareSite } from '../share/share-node.ts';
import { shareImageSizes } from '../share/share-paths.ts';
import { buildSquare } from '../share/square-template.ts';
import type { ShareData } from '../share/types.ts';
import { EditorError } from '../explain-error.ts';
import { logoDataUri, readSiteLogo } from '../site-logo.ts';
import type { SiteConfig } from '../site-config.ts';

/** The 公众号 cover's size: 900×383, the 2.35:1 the 公众号 shows above an article in the feed. */
export const WECHAT_COVER_SIZE = { width: WECHAT_COVER_LAYOUT.width, height: WECHAT_COVER_LAYOUT.height } as const;

/**
 * The two pictures a 公众号 article needs, drawn like the page's share images (same fonts, logo and rare-glyph faces):
 * the 900×383 cover (the card's design at the cover's size) and the 400×400 square the share card crops to.
 */
export async function renderWechatImages(share: ShareData, site: SiteConfig, publicDir: string): Promise<{ cover: Buffer; square: Buffer }> {
  const logo = site.logo ? readSiteLogo(publicDir, site.logo) : undefined;
  if (logo && 'problem' in logo) throw new EditorError(`site.yaml: ${logo.problem}`);
  const shareSite: ShareSite = { ...toShareSite(site), ...(logo ? { logoData: logoDataUri(logo) } : {}) };
  const rare = buildPageRareFaces([share], shareSite, loadDrawable()).get(share.pagePath);
  const faces = [...loadShareFonts().faces, ...(rare?.faces ?? [])];
  const cover = await renderPng({ node: buildCard(share, shareSite, WECHAT_COVER_LAYOUT) }, WECHAT_COVER_SIZE, faces);
  const square = await renderPng({ node: buildSquare(share, shareSite) }, shareImageSizes.square, faces);
  return { cover, square };
}
