import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './checks/markdown.ts';
import { toHtmlTree } from './markdown-hast.ts';

describe('toHtmlTree', () => {
  it('parses raw HTML into elements with decoded attributes and their places in the body', () => {
    const body = '甲\n\n<a href="&#106;avascript:x"\n   onclick="y()">乙</a>';
    const link = toHtmlTree(parseMarkdownTree(body), body).children.flatMap((c) => (c.type === 'element' ? c.children : [])).find((c) => c.type === 'element');
    expect(link).toMatchObject({ tagName: 'a', properties: { href: 'javascript:x', onClick: 'y()' }, position: { start: { line: 3, column: 1 } } });
  });

  it('keeps MDX nodes for the MDX rules and the compiler', () => {
    const body = '<Note title="提示">\n\n甲\n\n</Note>';
    expect(toHtmlTree(parseMarkdownTree(body, true), body).children[0]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Note' });
  });
});
