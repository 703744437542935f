import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { isComponentName } from './mdx-components.ts';

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Parent = { children: Array<RootContent | ElementContent> };
const KEY = 'gslComponent';

const isJsx = (node: RootContent | ElementContent): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A lower-case JSX element with its literal attributes as the HTML element it renders as (`class` → `className`). */
function asElement(node: Jsx, name: string): Element {
  const attributes: Record<string, string | boolean> = {};
  for (const attribute of node.attributes) {
    // Expressions and directives (`set:html`) never reach HTML: the MDX rules refuse them, and here they are left out.
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name.includes(':')) continue;
    if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
    else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  const element = h(name, attributes, node.children as ElementContent[]);
  if (node.position) element.position = node.position;
  return element;
}

function convert(parent: Parent, saved: Jsx[]): void {
  parent.children = parent.children.map((child) => {
    if ('children' in child) convert(child as Parent, saved);
    if (!isJsx(child)) return child;
    if (child.name && /^[a-z][a-z0-9-]*$/.test(child.name)) return asElement(child, child.name);
    saved.push(child);
    const placeholder: Element = { type: 'element', tagName: child.type === 'mdxJsxFlowElement' ? 'div' : 'span', properties: {}, children: child.children as ElementContent[] };
    placeholder.data = { [KEY]: saved.length - 1 } as unknown as Element['data'];
    if (child.position) placeholder.position = child.position;
    return placeholder;
  }) as Parent['children'];
}

function restore(parent: Parent, saved: readonly Jsx[]): void {
  parent.children = parent.children.flatMap((child) => {
    if ('children' in child) restore(child as Parent, saved);
    const key = child.type === 'element' ? (child.data as unknown as Record<string, unknown> | undefined)?.[KEY] : undefined;
    const original = typeof key === 'number' ? saved[key] : undefined;
    if (!original || child.type !== 'element') return [child];
    // Only our own components come back; any other capitalised name keeps just its content.
    if (!isComponentName(original.name)) return child.children;
    return [{ ...original, children: child.children } as Jsx];
  }) as Parent['children'];
}

/**
 * Makes a hast tree from MDX something the HTML policy can judge: lower-case JSX elements become the HTML elements
 * they render as, and each component stands in as a plain `div`/`span` carrying its index in `data` (which no editor
 * can write), so the sanitizer judges what is inside it. `back` puts the components back, ours only. A tree from
 * `.md` passes through unchanged.
 * `<Note title="提示"><p>甲</p></Note>` → `{ tree: <div><p>甲</p></div>, back(clean) → <Note title="提示"><p>甲</p></Note> }`
 */
export function prepareMdxTree(tree: Root): { tree: Root; back(clean: Root): Root } {
  const saved: Jsx[] = [];
  convert(tree as Parent, saved);
  return {
    tree,
    back(clean) {
      if (saved.length > 0) restore(clean as Parent, saved);
      return clean;
    },
  };
}
