import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { stackWideTables } from './wide-tables.ts';

// What is for the web page only, or does not survive the 公众号 editor: scripts, controls, print notes, hidden text
// (but not a drawing's text equivalent, marked data-text-equivalent: a chart reaches the 公众号 as its data table).
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'form', 'input', 'select', 'textarea', 'svg', 'iframe', 'object', 'embed', 'nav']);
const DROPPED_CLASSES = ['print-only', 'screen-only', 'visually-hidden', 'share-row', 'share-link'];

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element';
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function isDropped(element: Element): boolean {
  const { properties } = element;
  // A hidden text equivalent (a chart's data table) is what the article can carry in place of the drawing: kept, shown.
  if (properties['dataTextEquivalent'] !== undefined) return false;
  return DROPPED_TAGS.has(element.tagName) || properties['hidden'] !== undefined || properties['ariaHidden'] === 'true' || classesOf(element).some((c) => DROPPED_CLASSES.includes(c));
}

/** Makes a site address absolute: `("/_astro/a.webp", "https://x.cn/stories/2024/a/")` → `"https://x.cn/_astro/a.webp"`. */
function absolute(value: unknown, pageUrl: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return undefined;
  }
}

function clean(children: ElementContent[], pageUrl: string): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'comment') return [];
    if (!isElement(child)) return [child];
    if (isDropped(child)) return [];
    const { srcSet: _srcSet, sizes: _sizes, loading: _loading, decoding: _decoding, ...properties } = child.properties;
    if ('href' in properties) properties['href'] = absolute(properties['href'], pageUrl);
    if ('src' in properties) properties['src'] = absolute(properties['src'], pageUrl);
    return [{ ...child, properties, children: clean(child.children, pageUrl) }];
  });
}

/**
 * The body of a built page as the site renders it (the page's `<article>` in `<main>`: the sanitized HTML of the
 * Markdown, the honour tables, the MDX components), made fit for the 公众号 editor: print notes, hidden text and
 * controls left out, every link and image an absolute address under `pageUrl`, tables too wide for a phone stacked.
 * `("<main><article data-pagefind-body><p>正文<img src=\"/_astro/a.webp\" srcset=\"…\"></p></article></main>", "https://x.cn/s/")`
 * → a root holding `<p>正文<img src="https://x.cn/_astro/a.webp"></p>`
 */
export function extractArticle(pageHtml: string, pageUrl: string): Root {
  const tree = fromHtml(pageHtml);
  const main = find(tree, (element) => element.tagName === 'main') ?? tree;
  const article = find(main, (element) => element.tagName === 'article' && element.properties['dataPagefindBody'] !== undefined) ?? find(main, (element) => element.tagName === 'article');
  if (!article) throw new Error('页面里没有找到正文（<article>）');
  return { type: 'root', children: stackWideTables(clean(article.children, pageUrl)) };
}
