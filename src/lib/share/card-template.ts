import { shareText } from '../../i18n/share.ts';
import { fitTitle } from './fit-title.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { formatWhen, h, ink, pickOrganisation, type ShareNode, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

const PADDING = 72;
const TITLE_BOX = { width: 1200 - 2 * PADDING, sizes: [76, 68, 60, 54, 48], maxLines: 3 };
const LINE_HEIGHT = 1.3;

/** The type label as a filled tag: `"工作报告"` on the primary colour. */
export function drawKindTag(label: string, colour: string, fontSize: number): ShareNode {
  return h('div', { display: 'flex', padding: `${fontSize * 0.2}px ${fontSize * 0.55}px`, background: colour, color: '#ffffff', fontSize, fontWeight: 700, letterSpacing: fontSize * 0.12 }, label);
}

/** A title set at its fitted size, clamped with an ellipsis so it is never cut off. */
export function drawTitle(title: string, box: typeof TITLE_BOX, colour: string): ShareNode {
  const fit = fitTitle(title, box);
  return h(
    'div',
    { display: 'block', width: box.width, fontSize: fit.fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT, color: colour, lineClamp: box.maxLines, maxHeight: Math.ceil(fit.fontSize * LINE_HEIGHT * box.maxLines) + 2 },
    title.replace(/\s+/g, ' ').trim(),
  );
}

/** The 1200×630 Open Graph card: red-headed like an official document, the title large, organisation and date below. */
export function buildCard(share: ShareData, site: ShareSite): ShareNode {
  const { primary, accent } = site.colors;
  const label = shareText.kindLabel[share.kind];
  const when = formatWhen(share);
  const count = share.count !== undefined ? shareText.honourees(share.count) : undefined;
  const facts = [when, count].filter((fact): fact is string => fact !== undefined).join('　·　');
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', width: 1200, height: 630, background: ink.paper, fontFamily: SHARE_FONT_FAMILY, color: ink.text },
    h('div', { display: 'flex', width: 1200, height: 18, background: primary }),
    h('div', { display: 'flex', width: 1200, height: 4, marginTop: 6, background: accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${PADDING}px 0 ${PADDING}px` },
      h('div', { display: 'flex', height: 56, alignItems: 'center' }, label !== undefined && drawKindTag(label, primary, 28)),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, drawTitle(share.title, TITLE_BOX, ink.text)),
    ),
    h(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: `0 ${PADDING}px`, padding: '26px 0 40px', borderTop: `2px solid ${accent}` },
      h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: primary, letterSpacing: 2 }, share.kind === 'home' ? shareText.homeTagline : pickOrganisation(share, site)),
      h('div', { display: 'flex', fontSize: 26, color: ink.muted }, facts),
    ),
  );
}
