import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import juice from 'juice';

// What the 公众号 editor drops or rejects: every style must already be inline, and nothing may lean on a class or an id.
const STRIPPED = /^(className|id|data[A-Z].*|tabIndex|role|aria[A-Z].*|scope)$/;

function strip(nodes: RootContent[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    for (const key of Object.keys(node.properties)) if (STRIPPED.test(key)) delete node.properties[key];
    strip(node.children);
  }
}

/**
 * A whole document made paste-ready for the 公众号 editor: juice writes every rule of its `<style>` into the `style`
 * attribute of the elements it matches (and drops the `<style>`), then class, id, data-, aria- and role attributes go,
 * and any `<style>` or `<script>` left is removed.
 * `'<head><style>.salutation{text-indent:0}</style></head><body><p class="salutation">各位：</p>'` → `'…<p style="text-indent: 0;">各位：</p>…'`
 */
export function inlineArticle(documentHtml: string): string {
  const inlined = juice(documentHtml, { removeStyleTags: true, preserveMediaQueries: false, preserveFontFaces: false, applyWidthAttributes: false, applyHeightAttributes: false, inlinePseudoElements: false });
  const tree: Root = fromHtml(inlined);
  const drop = (nodes: RootContent[]): RootContent[] =>
    nodes.filter((node) => !(node.type === 'element' && (node.tagName === 'style' || node.tagName === 'script'))).map((node) => (node.type === 'element' ? ({ ...node, children: drop(node.children) as Element['children'] }) : node));
  tree.children = drop(tree.children);
  strip(tree.children);
  return toHtml(tree);
}
