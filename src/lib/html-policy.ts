import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

/**
 * The one allowlist for HTML that content becomes: GitHub's sanitizing schema (hast-util-sanitize), narrowed.
 * The render step (rehype-safe-html.ts) applies it to every page; the checker (checks/unsafe.ts) asks it, through
 * `findRemovals`, what it would drop, so the two cannot disagree.
 */

/** Link schemes a reader's browser may follow: `"https:"`, `"mailto:"`; anything else (javascript:, data:) is dropped. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Elements dropped with everything inside them, so a style sheet or script never turns into visible text. */
const STRIPPED = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'frameset', 'frame', 'applet', 'head'];

/** Attributes GitHub allows everywhere that we do not: form plumbing, focus order, ids (see `id` below), image maps. */
const NOT_ANYWHERE = new Set(['id', 'name', 'action', 'accept', 'acceptCharset', 'encType', 'method', 'accessKey', 'tabIndex', 'useMap', 'isMap']);

const base = defaultSchema.attributes ?? {};
const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];
const headingIds = Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h): [string, PropertyDefinition[]] => [h, [...(base[h] ?? []), 'id']]));

/**
 * The schema. Ids are kept as written (no `user-content-` prefix) on headings, where the outline plugin puts `s1`,
 * `s1-2`, and on GFM footnotes; nowhere else, so content cannot take over an id the page layout uses.
 */
export const htmlSchema: Schema = {
  ...defaultSchema,
  allowComments: false,
  allowDoctypes: false,
  clobber: [],
  // Checkboxes only where GFM task lists put them (`- [x] 已完成`), never as a form field of their own.
  ancestors: { ...defaultSchema.ancestors, input: ['li'] },
  // <picture>/<source srcset> would load images without the `src` check below.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'picture' && name !== 'source'),
  strip: STRIPPED,
  protocols: { href: [...LINK_SCHEMES], cite: ['http', 'https'], src: ['http', 'https'] },
  attributes: {
    ...base,
    ...headingIds,
    '*': (base['*'] ?? []).filter((a) => typeof a !== 'string' || !NOT_ANYWHERE.has(a)),
    a: [...(base['a'] ?? []), ['id', /^user-content-fnref-/]],
    li: [...(base['li'] ?? []), ['id', /^user-content-fn-/]],
    img: [...aria, 'alt', 'src'],
    // The outline plugin sets a report's salutation (各位委员：) flush left.
    p: [['className', 'salutation']],
    source: [],
  },
};

const SITE = new URL('https://site.invalid/reports/2024/page/');

/**
 * Whether a URL stays on this site (a relative path or a site path), however it is spelled.
 * `"./a.jpg"` → true; `"/logo.svg"` → true; `"//cdn.example.com/a.png"` → false; `"/\\evil.example"` → false; `"data:image/png;…"` → false
 */
export function isSiteUrl(url: string): boolean {
  try {
    return new URL(url, SITE).origin === SITE.origin;
  } catch {
    return false;
  }
}

/** Whether an element is an image the policy refuses for where it loads from: another host, or data:. */
export function isForeignImage(node: Element): boolean {
  const src = node.properties['src'];
  return node.tagName === 'img' && typeof src === 'string' && !isSiteUrl(src);
}

function dropForeignImages(parent: { children: RootContent[] }): void {
  parent.children = parent.children.filter((child) => child.type !== 'element' || !isForeignImage(child));
  for (const child of parent.children) if (child.type === 'element') dropForeignImages(child);
}

/**
 * Applies the policy to a parsed tree (raw HTML already parsed into elements) and returns the clean tree: elements,
 * attributes and URLs outside the allowlist removed, comments dropped, images only from this site.
 * `<p onclick="x()">甲<!-- 138… --><script>…</script></p>` → `<p>甲</p>`
 */
export function sanitizeHtmlTree(tree: Root): Root {
  const clean = sanitize(tree, htmlSchema) as Root;
  dropForeignImages(clean);
  return clean;
}
