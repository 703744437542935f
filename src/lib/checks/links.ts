import path from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { at, type LocalFinding } from './finding.ts';
import { listNodes } from './markdown.ts';
import { suggestClosest } from './suggest.ts';

/** Every page the site builds, by URL (`/reports/2024/zhiwei/`), with its anchors when known. */
export type SiteIndex = Map<string, Set<string> | null>;

/** Listing pages that always exist, whatever the content. */
export const FIXED_PAGES: readonly string[] = ['/', '/reports/', '/honors/', '/stories/', '/enterprises/', '/archives/', '/search/'];

/** Prefixes of generated files (downloads, feeds) that the checker does not resolve. */
const GENERATED = /^\/(?:archives\/|rss\.xml|sitemap|pagefind\/|_astro\/|share\/)/;

/** Where the file being checked sits, to resolve relative images and same-page anchors. */
export interface LinkContext {
  /** Absolute path of the Markdown file. */
  absPath: string;
  /** The page's own URL, e.g. `/reports/2024/zhiwei/`. */
  pageUrl: string;
  /** Absolute path of `public/`, for links to files served as they are. */
  publicDir?: string | undefined;
  /** Absolute path of the content folder: a local image must be inside it (else the build would publish a file of the machine). */
  contentRoot?: string | undefined;
}

/**
 * Where a relative image path leads from the file that names it, following symbolic links: `missing` when nothing is
 * there, `outside` when it is not inside `contentRoot`, so an editor cannot publish an image from elsewhere on the
 * build machine. `("/c/stories/2024/a.md", "../../../../usr/share/x.png", "/c")` → `"outside"`
 */
export function localImageProblem(fromFile: string, src: string, contentRoot: string | undefined): 'missing' | 'outside' | undefined {
  const target = path.resolve(path.dirname(fromFile), decodeURI(src));
  if (!existsSync(target)) return 'missing';
  if (contentRoot === undefined) return undefined;
  const relative = path.relative(realpathSync(contentRoot), realpathSync(target));
  return relative.startsWith('..') || path.isAbsolute(relative) ? 'outside' : undefined;
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

/** The nodes `checkLinks` looks at (links, definitions, images, raw HTML), in document order. */
export function linkNodes(tree: Root): Nodes[] {
  return listNodes(tree).filter((node) => node.type === 'link' || node.type === 'definition' || node.type === 'image' || node.type === 'html');
}

/**
 * Broken internal links and anchors, links written as file paths, missing local images and images without alt text,
 * among a body's `linkNodes`.
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
      if (!/^(?:[a-z]+:)?\/\//i.test(node.url) && !node.url.startsWith('/') && !node.url.startsWith('data:')) {
        const problem = localImageProblem(context.absPath, node.url, context.contentRoot);
        if (problem === 'missing') findings.push(at(line, column, 'error', 'missing-image', `找不到图片 ${node.url}，请检查文件名和位置`));
        if (problem === 'outside') findings.push(at(line, column, 'error', 'image-outside', `图片 ${node.url} 不在内容文件夹里，不能发布：请把图片放在文章旁边，写成 ./图片名.jpg`));
      }
      continue;
    }
    if (node.type === 'html' && /<img\b(?![^>]*\balt\s*=\s*["'][^"']+)/i.test(node.value)) {
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
