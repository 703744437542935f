import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import { find, html } from 'property-information';
import { safetyText } from '../../i18n/safety.ts';
import { htmlSchema, isSiteUrl, LINK_SCHEMES } from '../html-policy.ts';
import { findRemovals, type Removal } from '../html-removals.ts';
import { toHtmlTree } from '../markdown-hast.ts';
import { prepareMdxTree } from '../mdx-hast.ts';
import { at, type LocalFinding } from './finding.ts';

const EMBEDDED = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'noembed', 'noframes', 'portal']);
const FORM = new Set(['form', 'input', 'button', 'textarea', 'select', 'option', 'fieldset', 'output', 'datalist']);
const PAGE = new Set(['base', 'meta', 'title', 'noscript', 'template', 'xmp', 'plaintext']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longdesc', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'srcset', 'ping', 'codebase', 'manifest', 'lowsrc', 'dynsrc']);

/** The scheme a browser sees, after it drops spaces, tabs and newlines: `"Java\tScript:alert(1)"` → `"javascript:"`. */
export function urlScheme(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1];
  return scheme === undefined ? undefined : `${scheme.toLowerCase()}:`;
}

function elementMessage(removal: Extract<Removal, { type: 'element' }>): [LocalFinding['level'], string] {
  const { tagName: tag, properties } = removal.node;
  const text = safetyText.element;
  if (removal.foreignImage) {
    const src = String(properties['src']);
    return ['error', urlScheme(src) === 'data:' ? safetyText.image.dataUrl : safetyText.image.foreign(src)];
  }
  if (tag === 'script' || tag === 'style' || tag === 'link') return ['error', text[tag]];
  if (tag === 'svg' || tag === 'math') return ['error', text.svg(tag)];
  if (EMBEDDED.has(tag)) return ['error', text.embedded(tag)];
  if (FORM.has(tag)) return ['error', text.form(tag)];
  if (PAGE.has(tag)) return ['error', text.page(tag)];
  if (removal.withContent) return ['error', text.other(tag)];
  return ['warning', text.unsupported(tag)];
}

function attributeMessage(attribute: string, value: unknown): [LocalFinding['level'], string] {
  const text = safetyText.attribute;
  if (/^on/i.test(attribute)) return ['error', text.handler(attribute)];
  if (URL_ATTRIBUTES.has(attribute) && typeof value === 'string') {
    const scheme = urlScheme(value);
    const allowed = htmlSchema.protocols?.[find(html, attribute).property] ?? LINK_SCHEMES;
    if (scheme === 'data:' && attribute === 'src') return ['error', safetyText.image.dataUrl];
    if (scheme && !allowed.includes(scheme.slice(0, -1))) return ['error', text.scheme(scheme)];
    if (attribute !== 'href' && !isSiteUrl(value)) return ['error', text.foreign(attribute, value)];
  }
  if (attribute === 'style') return ['warning', text.style];
  return ['warning', text.unsupported(attribute)];
}

/** Where an attribute is written, found by parsing the element's own source again with attribute positions. */
function attributePlace(source: string, node: Element, property: string): { line: number; column: number } | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return start;
  // To the end of the line: positions of raw HTML that spans lines can fall a column or two short.
  const lineEnd = source.indexOf('\n', end.offset);
  const fragment = fromHtml(source.slice(start.offset, lineEnd === -1 ? source.length : lineEnd), { fragment: true, verbose: true });
  const first = fragment.children.find((child) => child.type === 'element');
  const place = (first?.data as { position?: { properties?: Record<string, { start: { line: number; column: number } } | undefined> } } | undefined)?.position?.properties?.[property]?.start;
  if (!place) return start;
  return place.line === 1 ? { line: start.line, column: start.column + place.column - 1 } : { line: start.line + place.line - 1, column: place.column };
}

/**
 * Everything the HTML policy would take out of a body, one finding per element, attribute or URL, at its place:
 * errors for what could run script, load another site or take over the page; warnings for formatting that is
 * merely dropped. `tree` is the body parsed with remark (and remark-mdx for `.mdx`); `body` its text.
 * `'<a href="&#106;avascript:alert(1)">点此</a>'` → `[{ line: 1, column: 1, level: "error", code: "unsafe-html", message: "不允许的链接协议“javascript:”，请改成 https:// 网址" }]`
 */
export function checkUnsafe(tree: MdastRoot, body: string, firstLine: number): LocalFinding[] {
  const hast: Root = prepareMdxTree(toHtmlTree(tree, body)).tree;
  return findRemovals(hast).map((removal) => {
    const attribute = removal.type === 'attribute' ? (find(html, removal.name).attribute ?? removal.name) : undefined;
    const [level, message] = removal.type === 'element' ? elementMessage(removal) : attributeMessage(attribute!, removal.value);
    const place = (removal.type === 'attribute' ? attributePlace(body, removal.node, removal.name) : removal.node.position?.start) ?? { line: 1, column: 1 };
    return at(place.line + firstLine - 1, place.column, level, level === 'error' ? 'unsafe-html' : 'html-dropped', message);
  });
}
