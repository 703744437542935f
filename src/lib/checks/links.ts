import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Element, Root as HtmlRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'mdast';
import { at, type LocalFinding } from './finding.ts';
import { listNodes } from './markdown.ts';
import { suggestClosest } from './suggest.ts';

/** Every page the site builds, by URL (`/reports/2024/zhiwei/`), with its anchors when known. */
export type SiteIndex = Map<string, Set<string> | null>;

/** Listing pages that always exist, whatever the content. */
export const FIXED_PAGES: readonly string[] = ['/', '/reports/', '/honors/', '/stories/', '/enterprises/', '/archives/', '/search/', '/data/'];

/** Prefixes of generated files (downloads, feeds) that the checker does not resolve. */
const GENERATED = /^\/(?:archives\/|rss\.xml|feed\.json|data\/(?:honors\/|enterprises\.)|sitemap|pagefind\/|_astro\/|share\/)/;

/** Where the file being checked sits, to resolve relative images and same-page anchors. */
export interface LinkContext {
  /** Absolute path of the Markdown file. */
  absPath: string;
  /** The page's own URL, e.g. `/reports/2024/zhiwei/`. */
  pageUrl: string;
  /** Absolute path of `public/`, for links to files served as they are. */
  publicDir?: string | undefined;
  /** Pages that exist only in preview (drafts, pieces scheduled later), by URL, with their file. */
  hidden?: ReadonlyMap<string, string> | undefined;
}

/** Normalises a site path for lookup: `"/reports/2024/a"` → `"/reports/2024/a/"`; `"/a/index.html"` → `"/a/"`. */
export function normalisePagePath(url: string): string {
  const clean = decodeURI(url).replace(/index\.html$/, '');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

function checkInternal(url: string, site: SiteIndex, context: LinkContext): string | null {
  const [rawPath = '', hash] = url.split('#', 2);
  const pagePath = rawPath === '' ? context.pageUrl : normalisePagePath(rawPath);
  if (rawPath !== '' && GENERATED.test(rawPath)) return null;
  if (rawPath !== '' && /\.[a-z0-9]{2,5}$/i.test(rawPath) && context.publicDir) {
    return existsSync(path.join(context.publicDir, rawPath)) ? null : `找不到站内文件 ${rawPath}（应放在 public${rawPath}）`;
  }
  const hiddenFile = context.hidden?.get(pagePath);
  if (!site.has(pagePath) && hiddenFile !== undefined) {
    return `站内链接 ${rawPath} 指向的 ${hiddenFile} 是草稿或尚未到发布时间，正式网站上没有这一页；请等它发布后再加链接，或先删掉链接`;
  }
  if (!site.has(pagePath)) {
    const guess = suggestClosest(pagePath, [...site.keys()], 0.8);
    return `站内链接 ${rawPath} 指向的页面不存在${guess ? `，是不是 ${guess}？` : ''}`;
  }
  const anchors = site.get(pagePath);
  if (hash && anchors && !anchors.has(hash)) {
    const guess = suggestClosest(hash, [...anchors]);
    return `页面 ${pagePath} 里没有“#${hash}”这个位置${guess ? `，是不是 #${guess}？` : ''}`;
  }
  return null;
}

/** Whether a piece of raw HTML, parsed, holds an `<img>` without alt text: `'<img src="/a.png">'` → true. */
function hasImageWithoutAlt(html: string): boolean {
  const missing = (node: HtmlRoot | Element): boolean =>
    node.children.some((child) => child.type === 'element' && ((child.tagName === 'img' && String(child.properties['alt'] ?? '').trim() === '') || missing(child)));
  return missing(fromHtml(html, { fragment: true }));
}

/** The nodes `checkLinks` looks at (links, definitions, images, raw HTML), in document order. */
export function linkNodes(tree: Root): Nodes[] {
  return listNodes(tree).filter((node) => node.type === 'link' || node.type === 'definition' || node.type === 'image' || node.type === 'html');
}

/**
 * Broken internal links and anchors, links written as file paths and images without alt text, among a body's
 * `linkNodes` (the image files themselves are images.ts's).
 * `[见报告](/reports/2024/nope/)` → `站内链接 /reports/2024/nope/ 指向的页面不存在`
 */
export function checkLinks(nodes: readonly Nodes[], firstLine: number, site: SiteIndex, context: LinkContext): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const node of nodes) {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'image') {
      if (node.alt === null || node.alt === undefined || node.alt.trim() === '') {
        findings.push(at(line, column, 'error', 'image-alt', '图片缺少说明文字（alt），请写成 ![图片内容的说明](图片路径)'));
      }
      continue;
    }
    if (node.type === 'html' && hasImageWithoutAlt(node.value)) {
      findings.push(at(line, column, 'error', 'image-alt', '图片缺少说明文字（alt），请写成 ![图片内容的说明](图片路径)'));
    }
    if (node.type !== 'link' && node.type !== 'definition') continue;
    const url = node.url;
    if (/^(?:[a-z]+:|\/\/)/i.test(url)) continue;
    if (/\.mdx?(?:#.*)?$/i.test(url)) {
      findings.push(at(line, column, 'error', 'file-link', `链接写成了文件路径“${url}”，网站上打不开；请改成网址，例如 /reports/2024/文件名/`));
      continue;
    }
    if (!url.startsWith('/') && !url.startsWith('#')) continue;
    const problem = checkInternal(url, site, context);
    if (problem) findings.push(at(line, column, 'error', 'broken-link', problem));
  }
  return findings;
}
