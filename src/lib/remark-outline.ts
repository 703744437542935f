import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { mdastText } from './mdast-text.ts';
import { createOutlineNumbering, parseOutlineMarker, splitRunInHeading } from './outline.ts';

interface VFileLike {
  path?: string;
  history?: string[];
}

/** Heading depth of each outline level: `一、` is h2 (the report title is the page's h1). */
const DEPTH = { 1: 2, 2: 3, 3: 4, 4: 5 } as const;

function withId(node: Heading, id: string): Heading {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  return node;
}

/** Turns a paragraph that opens with a run-in outline heading into a heading node plus the remaining paragraph. */
function splitParagraph(node: Paragraph, next: ReturnType<typeof createOutlineNumbering>): RootContent[] {
  const first = node.children[0];
  if (first?.type !== 'text') return [node];
  const split = splitRunInHeading(first.value);
  const marker = split && parseOutlineMarker(split.heading);
  if (!split || !marker) return [node];
  const id = next(marker);
  if (!id) return [node];
  const heading = withId({ type: 'heading', depth: DEPTH[marker.level], children: [{ type: 'text', value: split.heading }] }, id);
  const rest: PhrasingContent[] = split.rest ? [{ type: 'text', value: split.rest }, ...node.children.slice(1)] : node.children.slice(1);
  const hasRest = rest.some((c) => c.type !== 'text' || c.value.trim() !== '');
  return hasRest ? [heading, { type: 'paragraph', children: rest }] : [heading];
}

/** A report opens with a salutation (`各位执委、同志们：`) set flush left, not indented like body text. */
function markSalutation(tree: Root): void {
  const first = tree.children[0];
  if (first?.type !== 'paragraph') return;
  const text = mdastText(first).trim();
  if (text.length <= 40 && /[：:]$/.test(text)) first.data = { ...first.data, hProperties: { ...first.data?.hProperties, className: ['salutation'] } };
}

/**
 * Remark plugin: in work reports, recognises the Chinese outline (`一、`, `（一）`, `1．`, `（1）`) in
 * headings and in paragraphs that open with a run-in heading, makes them headings of the matching
 * level with stable anchors (`s1`, `s1-2`, …), and keeps the numbers as part of the heading text.
 */
export function remarkOutline(options: { pathIncludes?: string; revision?: string } = {}) {
  const scope = options.pathIncludes ?? '/reports/';
  return (tree: Root, file: VFileLike) => {
    const filePath = (file.path ?? file.history?.[0] ?? '').replaceAll('\\', '/');
    if (!filePath.includes(scope)) return;
    const next = createOutlineNumbering();
    markSalutation(tree);
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type === 'paragraph') return splitParagraph(node, next);
      if (node.type !== 'heading') return [node];
      const marker = parseOutlineMarker(mdastText(node));
      const id = marker && next(marker);
      if (!marker || !id) return [node];
      node.depth = DEPTH[marker.level];
      return [withId(node, id)];
    });
  };
}
