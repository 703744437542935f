import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** What one built page offers (anchors) and points at (links). */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: 'missing-file' | 'missing-anchor';
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  form: ['action'],
  iframe: ['src'],
};
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:secure_url']);

/** Reads the anchors and outgoing links of an HTML page: `<a href="/x/#s1">` → links `["/x/#s1"]`. */
export function readPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs['id']) ids.add(attrs['id']);
      if (name === 'a' && attrs['name']) ids.add(attrs['name']);
      for (const attr of URL_ATTRIBUTES[name] ?? []) {
        const value = attrs[attr];
        if (!value) continue;
        if (attr === 'srcset') links.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean));
        else links.push(value);
      }
      const property = attrs['property'] ?? attrs['name'];
      if (name === 'meta' && property && META_URLS.has(property) && attrs['content']) links.push(attrs['content']);
    },
  });
  parser.end(html);
  return { ids, links };
}

/**
 * The built file a site-relative URL is served from: `/reports/` → `reports/index.html`,
 * `/theme.css` → `theme.css`; null for links that leave the site.
 */
export function targetFile(link: string, fromPage: string, origin: string): { file: string; hash: string } | null {
  if (/^(mailto|tel|javascript|data|blob):/i.test(link)) return null;
  const base = new URL(`/${fromPage.replace(/index\.html$/, '')}`, origin);
  const url = new URL(link, base);
  if (url.origin !== origin) return null;
  let file = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  return { file, hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Every link in a built site that points at a missing file or a missing anchor. */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const link of links) {
      const target = targetFile(link, page, origin);
      if (!target) continue;
      const exists = files.has(target.file) || files.has(`${target.file}/index.html`);
      if (!exists) broken.push({ page, link, reason: 'missing-file' });
      else if (target.hash && !pages.get(files.has(target.file) ? target.file : `${target.file}/index.html`)?.ids.has(target.hash)) {
        broken.push({ page, link, reason: 'missing-anchor' });
      }
    }
  }
  return broken;
}

/** Checks a whole built folder; `siteUrl` (site.yaml baseUrl) makes absolute links to the site count as internal. */
export function checkBuiltSite(dist: string, siteUrl: string): BrokenLink[] {
  const files = new Set(readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')));
  const pages = new Map<string, PageLinks>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, readPageLinks(readFileSync(path.join(dist, file), 'utf8')));
  return findBrokenLinks(pages, files, new URL(siteUrl).origin);
}
