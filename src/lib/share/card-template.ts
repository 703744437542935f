import { shareText } from '../../i18n/share.ts';
import { drawLogo, drawOneLine, drawTitle } from './draw-parts.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { formatWhen, h, ink, mixColours, pickOrganisation, type ShareNode, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const PANEL = 330;
const PADDING = 60;
const TEXT_WIDTH = WIDTH - PANEL - 2 * PADDING;
const TITLE_BOX = { width: TEXT_WIDTH, sizes: [70, 64, 58, 52, 48, 44], maxLines: 3 };

/** The card's left panel: the logo, the type of page as a label that never wraps, and its year. */
function drawPanel(share: ShareData, site: ShareSite): ShareNode {
  const { primary, accent } = site.colors;
  const label = shareText.kindLabel[share.kind] ?? site.shortName;
  const year = share.date?.slice(0, 4) ?? (share.year !== undefined ? String(share.year) : undefined);
  const logo = drawLogo(site, 148);
  return h(
    'div',
    // Satori sizes boxes without their border and padding (content-box): the panel with its 8 px edge is PANEL wide.
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: PANEL - 8, flexShrink: 0, background: primary, color: '#ffffff', borderRight: `8px solid ${accent}` },
    logo,
    h('div', { display: 'flex', marginTop: logo ? 30 : 0 }, drawOneLine(label, PANEL - 60, 44, { letterSpacing: 6 }, 700)),
    year !== undefined && h('div', { display: 'flex', width: 56, height: 3, margin: '18px 0 14px', background: accent }),
    year !== undefined && h('div', { display: 'flex', fontSize: 30, letterSpacing: 4, color: mixColours(accent, '#ffffff', 0.55) }, year),
  );
}

/**
 * The 1200×630 Open Graph card: on the left the organisation's colour with its logo, the type of page and the year; on
 * the right who publishes, the title in balanced lines (a company or award name never split), and the date.
 */
export function buildCard(share: ShareData, site: ShareSite): ShareNode {
  const { primary, accent } = site.colors;
  const count = share.count !== undefined ? shareText.honourees(share.count) : undefined;
  const facts = [formatWhen(share), count].filter((fact): fact is string => fact !== undefined).join('　·　');
  const title = drawTitle(share.title, share.keep ?? [], TITLE_BOX, ink.text);
  // Pages without a date or count (an enterprise), or whose date is their title (a year), say what they hold instead.
  const footer = share.kind === 'home' ? shareText.homeTagline : facts && facts !== share.title ? facts : share.description;
  const organisation = share.kind === 'home' ? undefined : pickOrganisation(share, site);
  return h(
    'div',
    { display: 'flex', width: WIDTH, height: HEIGHT, background: ink.paper, fontFamily: SHARE_FONT_FAMILY, color: ink.text },
    drawPanel(share, site),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `52px ${PADDING}px 44px` },
      organisation !== undefined && drawOneLine(organisation, TEXT_WIDTH, 30, { color: primary, letterSpacing: 2 }, 700),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, title.node),
      h('div', { display: 'flex', paddingTop: 22, borderTop: `2px solid ${accent}` }, footer ? drawOneLine(footer, TEXT_WIDTH, 28, { color: ink.muted }) : undefined),
    ),
  );
}
