import { shareText } from '../../i18n/share.ts';
import { SHARE_FONT_FAMILY } from './share-fonts.ts';
import { h, mixColours, type ShareNode, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

/**
 * The 400×400 thumbnail WeChat shows beside a shared link's title (about 60 px on a phone), so it carries
 * no title, only what reads at that size: the type of page, its year and the organisation's short name.
 */
export function buildSquare(share: ShareData, site: ShareSite): ShareNode {
  const { primary, accent } = site.colors;
  const kindLabel = shareText.kindLabel[share.kind];
  const label = kindLabel ?? site.shortName;
  const year = share.date?.slice(0, 4) ?? (share.year !== undefined ? String(share.year) : undefined);
  const labelSize = label.length <= 2 ? 104 : label.length <= 4 ? 72 : Math.floor(288 / label.length);
  return h(
    'div',
    { display: 'flex', width: 400, height: 400, padding: 18, background: primary, fontFamily: SHARE_FONT_FAMILY },
    h(
      'div',
      { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: 364, height: 364, border: `3px solid ${accent}`, color: '#ffffff' },
      year !== undefined && h('div', { display: 'flex', fontSize: 34, color: mixColours(accent, '#ffffff', 0.5), letterSpacing: 4, marginBottom: 14 }, year),
      h('div', { display: 'flex', fontSize: labelSize, fontWeight: 700, letterSpacing: labelSize * 0.08, lineHeight: 1.15 }, label),
      kindLabel !== undefined && h('div', { display: 'flex', width: 120, height: 3, background: accent, margin: '26px 0 20px' }),
      kindLabel !== undefined && h('div', { display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 3 }, site.shortName),
    ),
  );
}
