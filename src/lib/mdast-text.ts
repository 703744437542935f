import type { Nodes } from 'mdast';

/** The plain text of an mdast node and its descendants: `**华瑞**药业` → `"华瑞药业"`. */
export function mdastText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(mdastText).join('');
  return '';
}
