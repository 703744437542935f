import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';

/** MDX node types, kept as they are when Markdown becomes HTML (the MDX compiler turns them into code later). */
export const MDX_NODE_TYPES: Array<MdastNodes['type']> = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * Parses the raw HTML in a hast tree into elements, the way the render step does, keeping MDX nodes and positions
 * (lines and columns of `source`, the text the tree was parsed from).
 * `{ type: "raw", value: "<b>甲</b>" }` → `{ type: "element", tagName: "b", … }`
 */
export function parseRawHtml(tree: Root, file: VFile): Root {
  // Most bodies hold no raw HTML; re-parsing them through parse5 would change nothing and cost a quarter of a check.
  return hasRaw(tree) ? (raw(tree, { file, passThrough: MDX_NODE_TYPES }) as Root) : tree;
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return node.type === 'raw' || (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }));
}

/**
 * The HTML tree a Markdown (or MDX) body becomes, as the HTML policy sees it at render time: raw HTML parsed,
 * MDX nodes kept, positions in `source` kept for the checker's messages.
 * `"甲<b onclick=x>乙</b>"` → root › p › [text 甲, element b { onClick: "x" }]
 */
export function toHtmlTree(tree: MdastRoot, source: string): Root {
  const hast = toHast(tree, { allowDangerousHtml: true, passThrough: MDX_NODE_TYPES }) as Root;
  return parseRawHtml(hast, new VFile(source));
}
