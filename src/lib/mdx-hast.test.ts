import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './checks/markdown.ts';
import { sanitizeHtmlTree } from './html-policy.ts';
import { toHtmlTree } from './markdown-hast.ts';
import { prepareMdxTree } from './mdx-hast.ts';

const treeOf = (mdx: string): Root => toHtmlTree(parseMarkdownTree(mdx, true), mdx);
const shape = (node: unknown): unknown => {
  const n = node as { type: string; tagName?: string; name?: string; value?: string; properties?: object; children?: unknown[] };
  if (n.type === 'text') return n.value;
  const label = n.type === 'element' ? `${n.tagName}${JSON.stringify(n.properties)}` : n.type === 'root' ? 'root' : `${n.type}:${n.name}`;
  return [label, ...(n.children ?? []).filter((c) => (c as { type: string; value?: string }).type !== 'text' || (c as { value: string }).value.trim() !== '').map(shape)];
};

describe('prepareMdxTree', () => {
  it('turns a lower-case JSX element into the HTML element it renders as, literal attributes only', () => {
    expect(shape(prepareMdxTree(treeOf('<b class="x" onclick="y()">甲</b>')).tree)).toEqual(['root', ['p{}', ['b{"className":["x"],"onClick":"y()"}', '甲']]]);
  });

  it('lets the sanitizer judge what is inside a component, then puts the component back', () => {
    const prepared = prepareMdxTree(treeOf('<Note title="提示">\n\n<b onclick="y()">甲</b>\n\n</Note>'));
    expect(shape(prepared.back(sanitizeHtmlTree(prepared.tree)))).toEqual(['root', ['mdxJsxFlowElement:Note', ['p{}', ['b{}', '甲']]]]);
  });

  it('keeps only the content of a capitalised name that is not one of ours', () => {
    const prepared = prepareMdxTree(treeOf('<Evil>\n\n甲\n\n</Evil>'));
    expect(shape(prepared.back(sanitizeHtmlTree(prepared.tree)))).toEqual(['root', ['p{}', '甲']]);
  });
});
