import { shareText } from '../../i18n/share.ts';
import { loadTextMeasure } from '../fonts/text-width.ts';
import { drawKindTag, drawLogo, drawOneLine, drawTitle, setText } from './draw-parts.ts';
import { drawGroups, drawParts, drawStoryLead, type Block } from './poster-blocks.ts';
import { drawQrCode } from './qr-code.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { drawLines, formatWhen, h, ink, pickOrganisation, type ShareDrawing, type ShareSite } from './share-node.ts';
import { shareImageSizes, toAbsoluteUrl } from './share-paths.ts';
import type { ShareData } from './types.ts';

const { width: WIDTH, height: HEIGHT } = shareImageSizes.poster;
const PADDING = 80;
const INNER = WIDTH - 2 * PADDING;
const QR_KEY = 'qr-code';
const QR_MAX = 300;
const TITLE_BOX = { width: INNER, sizes: [84, 76, 68, 62, 56], maxLines: 4 };
const SUMMARY = { fontSize: 36, largeSize: 42, lineHeight: 1.7, maxLines: 9 };
const TAG_SIZE = 36;

/** The red head: the logo above the organisation's name, which is never wrapped. */
function drawHead(share: ShareData, site: ShareSite): Block {
  const logo = drawLogo(site, 128);
  const height = logo ? 310 : 200;
  const node = h(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: WIDTH, height, flexShrink: 0, background: site.colors.primary, color: '#ffffff' },
    logo,
    h('div', { display: 'flex', marginTop: logo ? 26 : 0 }, drawOneLine(pickOrganisation(share, site), INNER, 46, { letterSpacing: 4 }, 700)),
  );
  return { node, height };
}

/** What the poster shows for its kind: a report's parts, an honour list's groups and names, a story's image or a quote. */
function drawKindBlock(share: ShareData, lead: string | undefined, room: number, site: ShareSite): Block | undefined {
  if (share.kind === 'report' && share.parts?.length) return drawParts(share.parts, INNER, room, site, share.keep ?? []);
  if (share.kind === 'honor' && share.groups?.length) return drawGroups(share.groups, INNER, room, site);
  if (share.kind === 'story') return drawStoryLead(share, lead, INNER, site);
  return undefined;
}

/**
 * The 1080×1920 share poster (分享海报), composed for its kind so no band of it is empty: the logo and organisation, the
 * type and date, the title in balanced lines, then what the page holds (a report's parts, an honour list's first names
 * and counts, a story's lead image or a quote), the summary in the room left, and a QR code of the page's own address
 * with a quiet zone, which a reader long-presses in WeChat after saving the picture.
 */
export function buildPoster(share: ShareData, site: ShareSite, lead?: string): ShareDrawing {
  const { primary, accent } = site.colors;
  const label = shareText.kindLabel[share.kind];
  const facts = [formatWhen(share), share.count !== undefined ? shareText.honourees(share.count, share.people) : undefined].filter((f): f is string => f !== undefined).join('　·　');
  const qr = drawQrCode(toAbsoluteUrl(site.baseUrl, share.pagePath), QR_MAX);
  const head = drawHead(share, site);
  // The home page's title is the organisation, already in the head: its poster names what the site publishes instead.
  const title = drawTitle(share.kind === 'home' ? shareText.homeTagline : share.title, share.keep ?? [], TITLE_BOX, ink.text);
  const tagWidth = label ? loadTextMeasure().width(label, TAG_SIZE, 700, TAG_SIZE * 0.12) + TAG_SIZE * 1.1 + 28 : 0;
  const qrPanel = qr.size + 2 * 36 + 2;
  // Pages without a type or a date (the home page, search) have no meta row above the title.
  const meta = label !== undefined || facts !== '';
  const top = (meta ? 76 + 40 : 0) + title.height + 44 + 6;
  const room = HEIGHT - head.height - 18 - 56 - qrPanel - 72 - top - 60;
  const block = drawKindBlock(share, lead, room - 2 * SUMMARY.fontSize * SUMMARY.lineHeight, site);
  const summaryRoom = room - (block ? block.height + 48 : 0);
  // Without a block of its own (a listing, the home page) the summary is the poster's text: set larger.
  const size = block ? SUMMARY.fontSize : SUMMARY.largeSize;
  const summary = setText(share.description, share.keep ?? [], INNER, size, Math.min(SUMMARY.maxLines, Math.floor(summaryRoom / (size * SUMMARY.lineHeight))));
  const filler = room - (block ? block.height + 48 : 0) - summary.length * size * SUMMARY.lineHeight;
  const node = h(
    'div',
    { display: 'flex', flexDirection: 'column', width: WIDTH, height: HEIGHT, background: ink.paper, fontFamily: SHARE_FONT_FAMILY, color: ink.text },
    head.node,
    h('div', { display: 'flex', width: WIDTH, height: 8, marginTop: 10, flexShrink: 0, background: accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'space-evenly', padding: `56px ${PADDING}px 0` },
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        meta && h('div', { display: 'flex', alignItems: 'center', height: 76, marginBottom: 40 }, label !== undefined && drawKindTag(label, primary, TAG_SIZE), facts && h('div', { display: 'flex', marginLeft: label ? 28 : 0 }, drawOneLine(facts, INNER - tagWidth, 34, { color: ink.muted }))),
        h('div', { display: 'flex' }, title.node),
        h('div', { display: 'flex', width: 120, height: 6, marginTop: 44, background: accent }),
      ),
      block?.node,
      summary.length > 0 && drawLines(summary, { fontSize: size, lineHeight: SUMMARY.lineHeight, color: ink.muted }),
      filler > 200 && h('div', { display: 'flex', justifyContent: 'center' }, drawLogo(site, Math.min(340, Math.round(filler * 0.65)))),
    ),
    h(
      'div',
      { display: 'flex', alignItems: 'center', flexShrink: 0, margin: `0 ${PADDING}px 72px`, padding: 36, background: '#ffffff', border: `1px solid ${ink.rule}` },
      { type: 'div', key: QR_KEY, props: { style: { display: 'flex', width: qr.size, height: qr.size, flexShrink: 0, background: '#ffffff' } } },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 44, flexGrow: 1 },
        h('div', { display: 'flex', whiteSpace: 'nowrap', fontSize: 50, fontWeight: 700, color: primary, letterSpacing: 3 }, shareText.longPress),
        drawOneLine(`${shareText.posterHint} · ${site.shortName}`, INNER - qr.size - 116, 36, { color: ink.muted, marginTop: 22 }),
        drawOneLine(new URL(site.baseUrl).host, INNER - qr.size - 116, 30, { color: ink.muted, marginTop: 12 }),
      ),
    ),
  );
  return { node, overlays: { [QR_KEY]: qr.svg } };
}
