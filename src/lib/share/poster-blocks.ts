import { shareText } from '../../i18n/share.ts';
import { loadTextMeasure } from '../fonts/text-width.ts';
import { drawOneLine, setText } from './draw-parts.ts';
import { LEAD_SIZE } from './lead-image.ts';
import { drawLines, h, ink, type ShareNode, type ShareSite } from './share-node.ts';
import type { HonourGroup, ShareData } from './types.ts';

/** A block of the poster with the height it takes, so the poster can fill its page without an empty band. */
export interface Block {
  node: ShareNode;
  height: number;
}

const PART = { fontSize: 40, lineHeight: 1.6 };
const NAME = { fontSize: 36, lineHeight: 1.7, gap: 36 };
const GROUP_HEAD = { fontSize: 36, lineHeight: 1.6, gap: 8 };
const QUOTE = { fontSize: 44, lineHeight: 1.6, maxLines: 6 };
const CAPTION = { fontSize: 30, lineHeight: 1.5 };

/** A report's parts (一、二、三、), one line each, as many as `height` holds. */
export function drawParts(parts: readonly string[], width: number, height: number, site: ShareSite, keep: readonly string[]): Block | undefined {
  const caption = CAPTION.fontSize * CAPTION.lineHeight + 12;
  const line = PART.fontSize * PART.lineHeight;
  const shown = parts.slice(0, Math.floor((height - caption) / line));
  if (shown.length === 0) return undefined;
  const lines = shown.map((part) => setText(part, keep, width, PART.fontSize, 1, 700)[0] ?? '');
  const node = h(
    'div',
    { display: 'flex', flexDirection: 'column', width },
    h('div', { display: 'flex', fontSize: CAPTION.fontSize, lineHeight: CAPTION.lineHeight, color: site.colors.primary, letterSpacing: 6, marginBottom: 12 }, shareText.partsTitle),
    drawLines(lines, { fontSize: PART.fontSize, fontWeight: 700, lineHeight: PART.lineHeight, color: ink.text }),
  );
  return { node, height: Math.ceil(caption + lines.length * line) };
}

/** Packs names into rows that fit `width`, each name whole; a name wider than a row is cut with "…". */
function packNames(names: readonly string[], width: number): string[][] {
  const measure = loadTextMeasure();
  const rows: string[][] = [];
  let used = 0;
  for (const name of names) {
    const shown = measure.width(name, NAME.fontSize, 400) > width ? (setText(name, [], width, NAME.fontSize, 1)[0] ?? name) : name;
    const w = measure.width(shown, NAME.fontSize, 400);
    if (rows.length === 0 || used + NAME.gap + w > width) {
      rows.push([]);
      used = -NAME.gap;
    }
    rows.at(-1)!.push(shown);
    used += NAME.gap + w;
  }
  return rows;
}

function drawGroup(group: HonourGroup, width: number, rows: string[][], site: ShareSite): ShareNode {
  const more = group.count - rows.flat().length;
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', width, marginBottom: GROUP_HEAD.gap },
    h('div', { display: 'flex', alignItems: 'baseline', whiteSpace: 'nowrap', fontSize: GROUP_HEAD.fontSize, lineHeight: GROUP_HEAD.lineHeight, fontWeight: 700, color: site.colors.primary }, group.heading, h('span', { marginLeft: 20, fontSize: 30, fontWeight: 400, color: ink.muted }, shareText.groupCount(group.count, group.people))),
    ...rows.map((row, i) =>
      h('div', { display: 'flex', fontSize: NAME.fontSize, lineHeight: NAME.lineHeight, color: ink.text }, ...row.map((name) => h('div', { display: 'flex', whiteSpace: 'nowrap', marginRight: NAME.gap }, name)), i === rows.length - 1 && more > 0 && h('div', { display: 'flex', whiteSpace: 'nowrap', color: ink.muted }, shareText.more(more, group.people))),
    ),
  );
}

/** An honour list's groups: each heading with its count, then its first names whole, as many rows as `height` holds. */
export function drawGroups(groups: readonly HonourGroup[], width: number, height: number, site: ShareSite): Block | undefined {
  const head = GROUP_HEAD.fontSize * GROUP_HEAD.lineHeight + GROUP_HEAD.gap;
  const row = NAME.fontSize * NAME.lineHeight;
  // Leave room on the last row for "另有 n 个".
  const packed = groups.map((g) => packNames(g.names, width - 200));
  let left = height;
  const drawn: ShareNode[] = [];
  for (const [i, group] of groups.entries()) {
    const fit = Math.min(packed[i]!.length, Math.floor((left - head) / row));
    if (fit < 1) break;
    drawn.push(drawGroup(group, width, packed[i]!.slice(0, fit), site));
    left -= head + fit * row;
  }
  if (drawn.length === 0) return undefined;
  return { node: h('div', { display: 'flex', flexDirection: 'column', width }, ...drawn), height: Math.ceil(height - left) };
}

/** A story's lead image, cropped to `width`×`height` by the share step; or, without one, a sentence from the story. */
export function drawStoryLead(share: ShareData, lead: string | undefined, width: number, site: ShareSite): Block | undefined {
  if (lead) {
    const { width: w, height } = LEAD_SIZE;
    return { node: { type: 'img', props: { src: lead, width: w, height, alt: share.image?.alt ?? '', style: { width: w, height } } }, height };
  }
  if (!share.quote) return undefined;
  const lines = setText(`“${share.quote.text}”`, share.keep ?? [], width - 40, QUOTE.fontSize, QUOTE.maxLines);
  const by = share.quote.by ? drawOneLine(shareText.quoteBy(share.quote.by), width - 40, 32, { color: ink.muted, marginTop: 14, justifyContent: 'flex-end' }) : undefined;
  const node = h(
    'div',
    { display: 'flex', flexDirection: 'column', width, paddingLeft: 34, borderLeft: `6px solid ${site.colors.accent}` },
    drawLines(lines, { fontSize: QUOTE.fontSize, lineHeight: QUOTE.lineHeight, color: ink.text }),
    by,
  );
  return { node, height: Math.ceil(lines.length * QUOTE.fontSize * QUOTE.lineHeight + (by ? 32 * 1.3 + 14 : 0)) };
}
