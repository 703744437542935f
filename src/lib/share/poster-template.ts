import { shareText } from '../../i18n/share.ts';
import { drawKindTag, drawTitle } from './card-template.ts';
import { drawQrCode } from './qr-code.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { formatWhen, h, ink, pickOrganisation, type ShareDrawing, type ShareSite } from './share-node.ts';
import { toAbsoluteUrl } from './share-paths.ts';
import type { ShareData } from './types.ts';

const WIDTH = 750;
const PADDING = 56;
const QR_KEY = 'qr-code';
const TITLE_BOX = { width: WIDTH - 2 * PADDING, sizes: [56, 50, 44, 40], maxLines: 4 };

/**
 * The 750×1334 share poster (分享海报): a red head with the organisation, the title and summary, and a QR code
 * of the page's own address that a reader long-presses in WeChat after saving the picture to Moments.
 */
export function buildPoster(share: ShareData, site: ShareSite): ShareDrawing {
  const { primary, accent } = site.colors;
  const label = shareText.kindLabel[share.kind];
  const facts = [formatWhen(share), share.count !== undefined ? shareText.honourees(share.count) : undefined].filter((f): f is string => f !== undefined);
  const qr = drawQrCode(toAbsoluteUrl(site.baseUrl, share.pagePath), 260);
  const node = h(
    'div',
    { display: 'flex', flexDirection: 'column', width: WIDTH, height: 1334, background: ink.paper, fontFamily: SHARE_FONT_FAMILY, color: ink.text },
    h(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'center', width: WIDTH, height: 150, background: primary, color: '#ffffff', fontSize: 38, fontWeight: 700, letterSpacing: 4 },
      pickOrganisation(share, site),
    ),
    h('div', { display: 'flex', width: WIDTH, height: 5, marginTop: 6, background: accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `48px ${PADDING}px 0` },
      h('div', { display: 'flex', alignItems: 'center', height: 48 }, label !== undefined && drawKindTag(label, primary, 26), h('div', { display: 'flex', marginLeft: label ? 20 : 0, fontSize: 26, color: ink.muted }, facts.join('　·　'))),
      h('div', { display: 'flex', marginTop: 30 }, drawTitle(share.title, TITLE_BOX, ink.text)),
      h('div', { display: 'flex', width: 80, height: 4, background: accent, margin: '34px 0 28px' }),
      h(
        'div',
        { display: 'block', width: WIDTH - 2 * PADDING, fontSize: 29, lineHeight: 1.7, color: ink.muted, lineClamp: 5, maxHeight: Math.ceil(29 * 1.7 * 5) + 2 },
        share.description.replace(/\s+/g, ' ').trim(),
      ),
    ),
    h(
      'div',
      { display: 'flex', alignItems: 'center', margin: `0 ${PADDING}px 56px`, padding: 28, background: '#ffffff', border: `1px solid ${ink.rule}` },
      { type: 'div', key: QR_KEY, props: { style: { display: 'flex', width: qr.size, height: qr.size, flexShrink: 0, background: '#ffffff' } } },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 32, flexGrow: 1 },
        h('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: primary, letterSpacing: 2 }, shareText.longPress),
        h('div', { display: 'flex', fontSize: 26, color: ink.muted, marginTop: 16 }, `${shareText.posterHint} · ${site.shortName}`),
        h('div', { display: 'flex', fontSize: 22, color: ink.muted, marginTop: 10 }, new URL(site.baseUrl).host),
      ),
    ),
  );
  return { node, overlays: { [QR_KEY]: qr.svg } };
}
