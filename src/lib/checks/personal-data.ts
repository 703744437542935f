import { createHash } from 'node:crypto';
import type { Element, Nodes as HastNodes } from 'hast';
import type { Root } from 'mdast';
import { numbersText } from '../../i18n/numbers.ts';
import { toHtmlTree } from '../markdown-hast.ts';
import { findPersonalNumbers, maskNumber, normaliseNumber, type PersonalNumberKind } from '../personal/personal-numbers.ts';
import { at, positionOf, type LocalFinding } from './finding.ts';

/**
 * A personal number found in a content file, as the per-file cache keeps it: its place, kind and masked form, and a
 * hash of its digits (to compare with site.yaml's publishableNumbers on every run) — never the number itself.
 */
export interface PersonalHit {
  line: number;
  column: number;
  kind: PersonalNumberKind;
  masked: string;
  key: string;
  /** Inside an HTML comment, which is never published (strip-comments.ts) but stays in the repository's history. */
  inComment?: true;
}

/** The hash a number is known by: `"138 1234 5678"` and `"13812345678"` → the same key. */
export function numberKey(written: string): string {
  return createHash('sha256').update(normaliseNumber(written)).digest('hex').slice(0, 32);
}

const hit = (line: number, column: number, kind: PersonalNumberKind, digits: string): PersonalHit => ({ line, column, kind, masked: maskNumber(digits), key: numberKey(digits) });

/** Personal numbers in a text as written, each at its line and column: `("甲\n乙 13812345678", 5)` → one hit at 6:3. */
export function findPersonalHits(text: string, firstLine = 1): PersonalHit[] {
  return findPersonalNumbers(text).map((found) => {
    const { line, column } = positionOf(text, found.start);
    return hit(line + firstLine - 1, column, found.kind, found.digits);
  });
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'figcaption', 'blockquote', 'pre']);

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as HastNodes)).join('') : '';
}

function visibleTexts(node: HastNodes, out: { text: string; line: number }[]): void {
  if (node.type === 'element') {
    const element = node as Element;
    const line = element.position?.start.line ?? 1;
    if (BLOCKS.has(element.tagName)) out.push({ text: textOf(element), line });
    for (const value of Object.values(element.properties)) if (typeof value === 'string') out.push({ text: value, line });
  }
  if ('children' in node) for (const child of node.children) visibleTexts(child as HastNodes, out);
}

/**
 * Personal numbers a Markdown body shows that its source does not spell out in one piece: entities (`&#49;38…`),
 * digits split by markup (`138**1234**5678`), found in the text the page renders, at the line of their block.
 */
export function findRenderedHits(tree: Root, body: string, firstLine: number, known: ReadonlySet<string>): PersonalHit[] {
  const texts: { text: string; line: number }[] = [];
  visibleTexts(toHtmlTree(tree, body), texts);
  const hits: PersonalHit[] = [];
  const seen = new Set(known);
  for (const { text, line } of texts) {
    for (const found of findPersonalNumbers(text)) {
      const key = numberKey(found.digits);
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push(hit(line + firstLine - 1, 1, found.kind, found.digits));
    }
  }
  return hits;
}

/**
 * Marks the hits that lie inside an HTML comment of a Markdown body (lines and columns of the file): the comment is
 * never published, so such a number is a warning, not an error.
 */
export function markCommentHits(hits: PersonalHit[], tree: Root, firstLine: number): PersonalHit[] {
  const comments = tree.children.flatMap(function walk(node): { from: [number, number]; to: [number, number] }[] {
    const here = node.type === 'html' && node.value.trimStart().startsWith('<!--') && node.position ? [{ from: [node.position.start.line + firstLine - 1, node.position.start.column] as [number, number], to: [node.position.end.line + firstLine - 1, node.position.end.column] as [number, number] }] : [];
    return 'children' in node ? [...here, ...node.children.flatMap(walk)] : here;
  });
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
  return hits.map((hit) => (comments.some((c) => before(c.from, [hit.line, hit.column]) && before([hit.line, hit.column], c.to)) ? { ...hit, inComment: true } : hit));
}

/**
 * The hits that site.yaml does not allow: errors, since publishing a citizen's ID, mobile or card number is an
 * incident; a number inside an HTML comment is a warning (never published, but kept in the repository's history).
 */
export function personalFindings(hits: readonly PersonalHit[], allowed: ReadonlySet<string>): LocalFinding[] {
  return hits
    .filter((h) => !allowed.has(h.key))
    .map((h) => (h.inComment ? at(h.line, h.column, 'warning', 'personal-comment', numbersText.personal.comment(h.masked)) : at(h.line, h.column, 'error', `personal-${h.kind}`, numbersText.personal[h.kind](h.masked))));
}
