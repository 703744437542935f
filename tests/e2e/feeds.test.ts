/**
 * RSS, the sitemaps and (once the site has one) the JSON Feed, read back by real parsers — @xmldom/xmldom's W3C
 * DOMParser for XML, stopping at any well-formedness error or warning; JSON.parse for JSON; htmlparser2 for the head
 * links — with every URL in them resolving to a file of the build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const site = loadSiteConfig('content');
function readXml(dist: string, file: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${file}: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(readFileSync(path.join(dist, file), 'utf8'), 'text/xml');
}

/** The text of every element of that name: `texts(rss, "link")` → `["https://…/", …]`. */
function texts(document: Document, name: string): string[] {
  return Array.from(document.getElementsByTagName(name), (element) => element.textContent ?? '');
}

/** The file of the build a URL of the site names, or why it names none: `https://x.cn/a/` → `<dist>/a/index.html`. */
function unresolved(dist: string, url: string): string | null {
  if (!url.startsWith(`${site.baseUrl}/`)) return `${url}: not on ${site.baseUrl}`;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  return existsSync(file) && statSync(file).isFile() ? null : `${url}: no ${path.relative(dist, file)}`;
}

function headLinks(dist: string): Array<{ rel: string; type: string; href: string }> {
  const document = parseDocument(readFileSync(path.join(dist, 'index.html'), 'utf8'));
  return DomUtils.findAll((el) => el.name === 'link' && el.attribs['rel'] === 'alternate', document.children).map((el) => ({
    rel: el.attribs['rel'] ?? '',
    type: el.attribs['type'] ?? '',
    href: el.attribs['href'] ?? '',
  }));
}

describe('feeds and sitemaps read back', () => {
  it('has an RSS 2.0 feed whose channel and every item link and guid lead to a page of the build', () => {
    const dist = inject('demoDist');
    const rss = readXml(dist, 'rss.xml');
    expect(rss.documentElement?.getAttribute('version')).toBe('2.0');
    expect(rss.getElementsByTagName('item').length).toBeGreaterThan(10);
    const urls = [...texts(rss, 'link'), ...texts(rss, 'guid')];
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.map((url) => unresolved(dist, url)).filter(Boolean)).toEqual([]);
  });

  it('has a sitemap index whose sitemaps list every URL as a page of the build, the search and list pages among them', () => {
    const dist = inject('demoDist');
    const maps = texts(readXml(dist, 'sitemap-index.xml'), 'loc');
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.map((url) => unresolved(dist, url)).filter(Boolean)).toEqual([]);
    const urls = maps.flatMap((map) => texts(readXml(dist, new URL(map).pathname.slice(1)), 'loc'));
    expect(urls.length).toBeGreaterThan(40);
    expect(urls).toContain(`${site.baseUrl}/search/`);
    expect(urls.map((url) => unresolved(dist, url)).filter(Boolean)).toEqual([]);
  });

  it('links each feed from the head, and reads a JSON Feed, when the site has one, with every item URL in the build', () => {
    const dist = inject('demoDist');
    const links = headLinks(dist);
    expect(links).toContainEqual(expect.objectContaining({ type: 'application/rss+xml', href: '/rss.xml' }));
    for (const link of links.filter((l) => l.type === 'application/feed+json')) {
      const feed = JSON.parse(readFileSync(path.join(dist, link.href), 'utf8')) as { version: string; home_page_url?: string; feed_url?: string; items: Array<{ url?: string; id: string }> };
      expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
      const urls = [feed.home_page_url, feed.feed_url, ...feed.items.map((item) => item.url)].filter((u): u is string => typeof u === 'string');
      expect(urls.map((url) => unresolved(dist, url)).filter(Boolean)).toEqual([]);
    }
  });
});
