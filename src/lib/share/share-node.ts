import type { SiteConfig } from '../site-config.ts';
import { shareText } from '../../i18n/share.ts';
import type { ShareData } from './types.ts';

/** A style object as satori reads it (camelCase CSS). */
export type ShareStyle = Record<string, string | number>;

/** An element tree satori renders: plain objects, no JSX and no React. */
export interface ShareNode {
  type: string;
  /** Names a box whose position satori reports, so an overlay can be drawn into it. */
  key?: string;
  props: { style?: ShareStyle; children?: ShareChild | ShareChild[]; src?: string; width?: number; height?: number; alt?: string };
}

/** What a template returns: the element tree, and SVG fragments to draw into the boxes named by `key`. */
export interface ShareDrawing {
  node: ShareNode;
  overlays?: Record<string, string>;
}

/** A child of an element: another element or text. */
export type ShareChild = ShareNode | string;

/** The site settings a share image shows; `logoData` is site.yaml's `logo` read as a data URI (see site-logo.ts). */
export type ShareSite = Pick<SiteConfig, 'name' | 'shortName' | 'baseUrl' | 'colors'> & { logoData?: string };

/** Every string in an element tree, in reading order: `h('div', {}, h('b', {}, '锦川'), '工商联')` → `["锦川", "工商联"]`. */
export function listTexts(node: ShareChild): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(listTexts);
}

/** Keeps only what the images draw from the site settings, so nothing else reaches a cache key. */
export function toShareSite(site: ShareSite): ShareSite {
  const kept = { name: site.name, shortName: site.shortName, baseUrl: site.baseUrl, colors: { primary: site.colors.primary, accent: site.colors.accent } };
  return site.logoData ? { ...kept, logoData: site.logoData } : kept;
}

/** Builds an element: `h('div', { color: 'red' }, '工作报告')`. Falsy children are dropped. */
export function h(type: string, style: ShareStyle, ...children: (ShareChild | false | undefined)[]): ShareNode {
  const kept = children.filter((child): child is ShareChild => child !== false && child !== undefined && child !== '');
  return { type, props: { style, children: kept.length === 1 ? kept[0]! : kept } };
}

/** Colours shared by the templates; primary and accent come from `site.yaml`. */
export const ink = { text: '#1f1a17', muted: '#5b534c', paper: '#fbf7ef', rule: '#e6dccb' } as const;

/** Mixes two `#rrggbb` colours: `("#b8860b", "#ffffff", 0.5)` → `"#dcc385"`. */
export function mixColours(from: string, to: string, amount: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(from, i) * (1 - amount) + channel(to, i) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The card's organisation line: a report's own organisation, else the site's name. */
export function pickOrganisation(share: ShareData, site: ShareSite): string {
  return share.organisation ?? site.name;
}

/**
 * The date line of a card: the full date for dated pieces, else the year.
 * `{ date: "2024-01-18" }` → `"2024年1月18日"`; `{ year: 2024 }` → `"2024年度"`; neither → `undefined`
 */
export function formatWhen(share: ShareData): string | undefined {
  if (share.date) return shareText.date(share.date);
  if (share.year !== undefined) return shareText.year(share.year);
  return undefined;
}

/** Every piece of text an image of this page draws, for the missing-glyph check. */
export function collectDrawnText(share: ShareData, site: ShareSite): string {
  const label = shareText.kindLabel[share.kind] ?? '';
  const count = share.count !== undefined ? shareText.honourees(share.count, share.people) : '';
  const groups = (share.groups ?? []).flatMap((g) => [g.heading, shareText.groupCount(g.count, g.people), ...g.names]);
  const quote = share.quote ? [share.quote.text, share.quote.by ? shareText.quoteBy(share.quote.by) : ''] : [];
  const fixed = [shareText.longPress, shareText.posterHint, shareText.homeTagline, shareText.partsTitle, shareText.more(0, true), '“”…·0123456789'];
  return [label, share.title, share.description, pickOrganisation(share, site), site.shortName, formatWhen(share) ?? '', count, ...(share.parts ?? []), ...groups, ...quote, new URL(site.baseUrl).host, ...fixed].join('\n');
}

/** A column of lines, each drawn on one line exactly as set (line-atoms and break-lines chose the breaks). */
export function drawLines(lines: readonly string[], style: ShareStyle): ShareNode {
  const { lineHeight = 1.3, ...rest } = style;
  return h('div', { display: 'flex', flexDirection: 'column', ...rest }, ...lines.map((line) => h('div', { display: 'flex', whiteSpace: 'nowrap', lineHeight }, line)));
}
