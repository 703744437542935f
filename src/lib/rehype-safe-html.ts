import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeHtmlTree } from './html-policy.ts';
import { parseRawHtml } from './markdown-hast.ts';
import { prepareMdxTree } from './mdx-hast.ts';

/**
 * Rehype plugin: the HTML policy (html-policy.ts) applied where Markdown and MDX become HTML. Raw HTML is parsed
 * first (entities decoded, as a browser would read it), then everything outside the allowlist is removed, comments
 * included. Our MDX components stay; what is inside them is judged like the rest. `revision` only changes the
 * options, so Astro's render cache is dropped when the policy's code changes.
 * `<p>甲<img src="x.png" onerror="alert(1)" alt="图"><!-- 138… --></p>` → `<p>甲<img src="x.png" alt="图"></p>`
 */
export function rehypeSafeHtml(_options: { revision?: string } = {}) {
  return (tree: Root, file: VFile): Root => {
    const prepared = prepareMdxTree(parseRawHtml(tree, file));
    return prepared.back(sanitizeHtmlTree(prepared.tree));
  };
}
