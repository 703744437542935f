import type { FaceWeight } from '../fonts/bundled-fonts.ts';
import { loadTextMeasure } from '../fonts/text-width.ts';
import { breakLines } from './break-lines.ts';
import { fitTitle, type TitleBox } from './fit-title.ts';
import { drawLines, h, type ShareNode, type ShareSite, type ShareStyle } from './share-node.ts';

const TITLE_LINE_HEIGHT = 1.3;

/** The type label as a filled tag that never wraps: `"表彰名单"` on the primary colour stays one word. */
export function drawKindTag(label: string, colour: string, fontSize: number): ShareNode {
  return h('div', { display: 'flex', flexShrink: 0, whiteSpace: 'nowrap', padding: `${fontSize * 0.2}px ${fontSize * 0.55}px`, background: colour, color: '#ffffff', fontSize, fontWeight: 700, letterSpacing: fontSize * 0.12 }, label);
}

/** A title in balanced lines that never break inside a kept name, at the size that fits; returns the node and its height. */
export function drawTitle(title: string, keep: readonly string[], box: TitleBox, colour: string): { node: ShareNode; height: number } {
  const fit = fitTitle(title, keep, box, loadTextMeasure());
  const node = drawLines(fit.lines, { width: box.width, fontSize: fit.fontSize, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT, color: colour, ...(box.letterSpacing ? { letterSpacing: box.letterSpacing } : {}) });
  return { node, height: Math.ceil(fit.lines.length * fit.fontSize * TITLE_LINE_HEIGHT) };
}

/** The lines a text takes in a box, cut with "…" after `maxLines`: for blocks whose height the layout must know. */
export function setText(text: string, keep: readonly string[], width: number, fontSize: number, maxLines: number, weight: FaceWeight = 400): string[] {
  if (maxLines < 1 || !text.trim()) return [];
  return breakLines(text, keep, { width, fontSize, weight, maxLines }, loadTextMeasure()).lines;
}

/**
 * One line that never wraps: shrunk from `fontSize` (down to 70 %) until it fits `width`, then cut with "…".
 * For the organisation's name and the facts row, which must read whole.
 */
export function drawOneLine(text: string, width: number, fontSize: number, style: ShareStyle, weight: FaceWeight = 400): ShareNode {
  const measure = loadTextMeasure();
  const spacing = typeof style['letterSpacing'] === 'number' ? style['letterSpacing'] : 0;
  let size = fontSize;
  while (size > fontSize * 0.7 && measure.width(text, size, weight, spacing) > width) size -= 1;
  const [line = ''] = breakLines(text, [], { width, fontSize: size, weight, maxLines: 1, letterSpacing: spacing }, measure).lines;
  return h('div', { display: 'flex', whiteSpace: 'nowrap', fontSize: size, fontWeight: weight, ...style }, line);
}

/** The organisation's logo from site.yaml, `size` px square; nothing when the site has none. */
export function drawLogo(site: ShareSite, size: number): ShareNode | undefined {
  if (!site.logoData) return undefined;
  return { type: 'img', props: { src: site.logoData, width: size, height: size, style: { width: size, height: size, flexShrink: 0, objectFit: 'contain' } } };
}
