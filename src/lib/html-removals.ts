import type { Element, Root } from 'hast';
import { htmlSchema, isForeignImage, sanitizeHtmlTree } from './html-policy.ts';

/** Something the HTML policy takes out of a page: a whole element, or one attribute of a kept element. */
export type Removal =
  | {
      type: 'element';
      node: Element;
      /** True when what is inside goes too (`<script>…</script>`); false when only the tag goes (`<font>甲</font>` → 甲). */
      withContent: boolean;
      /** True for an `<img>` dropped for where it loads from (another host, data:). */
      foreignImage: boolean;
    }
  | { type: 'attribute'; node: Element; name: string; value: unknown };

type Parent = { children: Root['children'] | Element['children'] };
const KEY = 'gslPolicyKey';

function eachElement(parent: Parent, visit: (node: Element) => boolean | void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (visit(child) !== false) eachElement(child, visit);
  }
}

/** The element's data as a plain record, for the one key this module adds and removes. */
const dataOf = (node: Element): Record<string, unknown> | undefined => node.data as unknown as Record<string, unknown> | undefined;
const keyOf = (node: Element): number | undefined => dataOf(node)?.[KEY] as number | undefined;

/**
 * What `sanitizeHtmlTree` would remove from a tree, found by running it and comparing, element by element (each
 * is tagged first, and the sanitizer carries tags along). Nothing inside a removed element is listed again.
 * `<p><img src="a.png" onerror="x()" alt="图"></p>` → `[{ type: "attribute", name: "onError", value: "x()" }]`
 */
export function findRemovals(tree: Root): Removal[] {
  let count = 0;
  eachElement(tree, (node) => {
    node.data = { ...node.data, [KEY]: count++ } as unknown as Element['data'];
  });
  const kept = new Map<number, Element>();
  eachElement(sanitizeHtmlTree(tree), (node) => {
    const key = keyOf(node);
    if (key !== undefined) kept.set(key, node);
  });
  const removals: Removal[] = [];
  eachElement(tree, (node) => {
    const after = kept.get(keyOf(node) ?? -1);
    if (!after) {
      const foreignImage = isForeignImage(node);
      const withContent = foreignImage || (htmlSchema.strip ?? []).includes(node.tagName);
      removals.push({ type: 'element', node, withContent, foreignImage });
      return !withContent;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (JSON.stringify(after.properties[name]) !== JSON.stringify(value)) removals.push({ type: 'attribute', node, name, value });
    }
    return true;
  });
  eachElement(tree, (node) => {
    delete dataOf(node)?.[KEY];
  });
  return removals;
}
