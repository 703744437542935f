import type { Root } from 'mdast';
import { parseMarkdownTree } from '../checks/markdown.ts';
import { mdastText } from '../mdast-text.ts';
import { remarkOutline } from '../remark-outline.ts';

/** A heading as Astro reports it for rendered Markdown (`entry.rendered.metadata.headings`). */
export interface RenderedHeading {
  depth: number;
  text: string;
}

/** The parts of a report (its `一、` headings, h2 on the page) from the headings its page was rendered with. */
export function partsFromHeadings(headings: readonly RenderedHeading[]): string[] {
  return headings.filter((heading) => heading.depth === 2).map((heading) => heading.text.trim());
}

/**
 * The parts of a report read from its Markdown with the outline plugin the site renders with, for a report whose
 * rendered headings are not stored (MDX): `"## 一、回顾\n\n……\n\n二、安排\n"` → `["一、回顾", "二、安排"]`.
 */
export function listReportParts(markdown: string, mdx = false): string[] {
  const tree: Root = parseMarkdownTree(markdown, mdx);
  remarkOutline({ pathIncludes: '' })(tree, { path: 'report' });
  return tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [mdastText(node).trim()] : []));
}
