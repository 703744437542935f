import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { readPageLinks, targetFile } from '../link-check.ts';
import { SHARE_META_NAME } from '../share/share-meta.ts';
import type { ShareKind } from '../share/types.ts';

/** What the built files say about each other: which files each links to, and what kind of page each is. */
export interface LinkGraph {
  /** Paths below dist/ each file links to or loads, only those that are files of the site: `"index.html"` → `["reports/index.html", …]`. */
  links: Map<string, string[]>;
  kinds: Map<string, ShareKind>;
}

/** A page's canonical URL and the kind it declares in its `gsl:share` meta, read with htmlparser2. */
function readPageHead(html: string): { canonical?: string; kind?: ShareKind } {
  const head: { canonical?: string; kind?: ShareKind } = {};
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'link' && attrs['rel']?.split(/\s+/).includes('canonical') && attrs['href']) head.canonical = attrs['href'];
      if (name !== 'meta' || attrs['name'] !== SHARE_META_NAME) return;
      try {
        const kind = (JSON.parse(attrs['content'] ?? '') as { kind?: unknown }).kind;
        if (typeof kind === 'string') head.kind = kind as ShareKind;
      } catch {
        // A page whose share data is unreadable is ordered as an ordinary page; the build has already refused such pages.
      }
    },
  });
  parser.end(html);
  return head;
}

/** The site's own origin, from the home page's canonical link: absolute links to it (og:image, feeds) are internal. */
function readOrigin(dir: string): string {
  const canonical = readPageHead(readFileSync(path.join(dir, 'index.html'), 'utf8')).canonical;
  try {
    return new URL(canonical ?? '').origin;
  } catch {
    return 'https://site.invalid';
  }
}

/** The URLs in a sitemap (`<loc>`) or a feed (`<link>`, `<guid>`, Atom's `href`), read with an XML parser. */
export function readXmlLinks(xml: string): string[] {
  const links: string[] = [];
  let text: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        text = ['loc', 'link', 'guid'].includes(name) ? '' : undefined;
        if (attrs['href']) links.push(attrs['href']);
      },
      ontext(chunk) {
        if (text !== undefined) text += chunk;
      },
      onclosetag() {
        if (text?.trim()) links.push(text.trim());
        text = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return links;
}

/**
 * Reads the links of the given built files (HTML pages with htmlparser2 as the link check does, sitemaps and the
 * feed as XML) and resolves them to files of the site, so a deploy can upload what a page needs before the page.
 * `readLinkGraph("dist", ["index.html"], files)` → `{ links: { "index.html": ["_astro/Base.css", "reports/index.html"] }, kinds: { "index.html": "home" } }`
 */
export function readLinkGraph(dir: string, keys: readonly string[], siteFiles: ReadonlySet<string>): LinkGraph {
  const origin = readOrigin(dir);
  const graph: LinkGraph = { links: new Map(), kinds: new Map() };
  const resolve = (link: string, from: string) => {
    const target = targetFile(link, from, origin);
    if (!target) return undefined;
    return [target.file, `${target.file}/index.html`].find((file) => siteFiles.has(file) && file !== from);
  };
  for (const key of keys) {
    const isHtml = key.endsWith('.html');
    if (!isHtml && !key.endsWith('.xml')) continue;
    const text = readFileSync(path.join(dir, key), 'utf8');
    const raw = isHtml ? readPageLinks(text).links : readXmlLinks(text);
    const kind = isHtml ? readPageHead(text).kind : undefined;
    if (kind) graph.kinds.set(key, kind);
    const links = new Set<string>();
    for (const link of raw) {
      try {
        const file = resolve(link, key);
        if (file) links.add(file);
      } catch {
        // Not a URL at all (a malformed href): it links to no file of the site.
      }
    }
    graph.links.set(key, [...links].sort());
  }
  return graph;
}
