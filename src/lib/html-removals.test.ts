import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { findRemovals } from './html-removals.ts';

const removals = (html: string) =>
  findRemovals(fromHtml(html, { fragment: true }) as Root).map((r) => (r.type === 'element' ? `<${r.node.tagName}> ${r.withContent ? 'with content' : 'tag only'}` : `${r.node.tagName} ${r.name}=${String(r.value)}`));

describe('findRemovals', () => {
  it('lists each removed element once, not what was inside it', () => {
    expect(removals('<p>甲</p><script>alert(1)</script><svg><script>x</script><image href="x"/></svg>')).toEqual(['<script> with content', '<svg> with content']);
  });

  it('lists a tag that is only unwrapped, and what is wrong inside it', () => {
    expect(removals('<font color="red"><a href="javascript:x">甲</a></font>')).toEqual(['<font> tag only', 'a href=javascript:x']);
  });

  it('lists removed attributes of kept elements', () => {
    expect(removals('<img src="/a.png" alt="甲" onerror="x()" style="width:1px">')).toEqual(['img onError=x()', 'img style=width:1px']);
  });

  it('lists an image from another host as a removed element', () => {
    expect(removals('<img src="https://t.example.com/p.gif" alt="乙">')).toEqual(['<img> with content']);
  });

  it('finds nothing in what the policy allows, and leaves the tree without its marks', () => {
    const tree = fromHtml('<h2 id="s1">一、</h2><p><a href="https://www.gov.cn/">甲</a></p>', { fragment: true }) as Root;
    expect(findRemovals(tree)).toEqual([]);
    expect(JSON.stringify(tree)).not.toContain('gslPolicyKey');
  });
});
