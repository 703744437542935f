import { shareText } from '../../i18n/share.ts';
import { drawLogo, drawOneLine, drawTitle } from './draw-parts.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { formatWhen, h, ink, mixColours, pickOrganisation, type ShareNode, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

/** The proportions of a card: the Open Graph card and the 公众号 cover are the same design at two sizes. */
export interface CardLayout {
  width: number;
  height: number;
  /** The coloured panel on the left, its 8 px edge included. */
  panel: number;
  padding: number;
  titleSizes: readonly number[];
  /** Font sizes of the logo, the label, the year, the organisation line and the facts line. */
  logo: number;
  label: number;
  year: number;
  organisation: number;
  facts: number;
}

/** The 1200×630 Open Graph card. */
export const CARD_LAYOUT: CardLayout = { width: 1200, height: 630, panel: 330, padding: 60, titleSizes: [70, 64, 58, 52, 48, 44], logo: 148, label: 44, year: 30, organisation: 30, facts: 28 };

/** The 900×383 (2.35:1) cover of a 公众号 article. */
export const WECHAT_COVER_LAYOUT: CardLayout = { width: 900, height: 383, panel: 240, padding: 40, titleSizes: [52, 48, 44, 40, 36, 33], logo: 96, label: 32, year: 22, organisation: 22, facts: 20 };

/** The card's left panel: the logo, the type of page as a label that never wraps, and its year. */
function drawPanel(share: ShareData, site: ShareSite, layout: CardLayout): ShareNode {
  const { primary, accent } = site.colors;
  const label = shareText.kindLabel[share.kind] ?? site.shortName;
  const year = share.date?.slice(0, 4) ?? (share.year !== undefined ? String(share.year) : undefined);
  const logo = drawLogo(site, layout.logo);
  return h(
    'div',
    // Satori sizes boxes without their border and padding (content-box): the panel with its 8 px edge is `panel` wide.
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: layout.panel - 8, flexShrink: 0, background: primary, color: '#ffffff', borderRight: `8px solid ${accent}` },
    logo,
    h('div', { display: 'flex', marginTop: logo ? layout.label * 0.7 : 0 }, drawOneLine(label, layout.panel - 60, layout.label, { letterSpacing: layout.label * 0.14 }, 700)),
    year !== undefined && h('div', { display: 'flex', width: layout.label * 1.3, height: 3, margin: `${layout.year * 0.6}px 0 ${layout.year * 0.45}px`, background: accent }),
    year !== undefined && h('div', { display: 'flex', fontSize: layout.year, letterSpacing: 4, color: mixColours(accent, '#ffffff', 0.55) }, year),
  );
}

/**
 * A card, the 1200×630 Open Graph card by default: on the left the organisation's colour with its logo, the type of page
 * and the year; on the right who publishes, the title in balanced lines (a company or award name never split), and the
 * date. With `WECHAT_COVER_LAYOUT`, the same design as the cover of a 公众号 article.
 */
/**
 * The card's last line: the date and count of honourees; a page without them (an enterprise), or whose date is its
 * title (a year), says what it holds (its summary) instead; the home page names its sections.
 */
export function cardFooter(share: ShareData): string {
  const count = share.count !== undefined ? shareText.honourees(share.count, share.people) : undefined;
  const facts = [formatWhen(share), count].filter((fact): fact is string => fact !== undefined).join('　·　');
  return share.kind === 'home' ? shareText.homeTagline : facts && facts !== share.title ? facts : share.description;
}

export function buildCard(share: ShareData, site: ShareSite, layout: CardLayout = CARD_LAYOUT): ShareNode {
  const { primary, accent } = site.colors;
  const textWidth = layout.width - layout.panel - 2 * layout.padding;
  const title = drawTitle(share.title, share.keep ?? [], { width: textWidth, sizes: layout.titleSizes, maxLines: 3 }, ink.text);
  const footer = cardFooter(share);
  const organisation = share.kind === 'home' ? undefined : pickOrganisation(share, site);
  const gap = layout.padding * 0.37;
  return h(
    'div',
    { display: 'flex', width: layout.width, height: layout.height, background: ink.paper, fontFamily: SHARE_FONT_FAMILY, color: ink.text },
    drawPanel(share, site, layout),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${layout.padding * 0.87}px ${layout.padding}px ${layout.padding * 0.73}px` },
      organisation !== undefined && drawOneLine(organisation, textWidth, layout.organisation, { color: primary, letterSpacing: 2 }, 700),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, title.node),
      h('div', { display: 'flex', paddingTop: gap, borderTop: `2px solid ${accent}` }, footer ? drawOneLine(footer, textWidth, layout.facts, { color: ink.muted }) : undefined),
    ),
  );
}
