import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped weight of one page type: how many pages, their median and the heaviest. */
export interface TypeWeight {
  pages: number;
  medianGzip: number;
  maxGzip: number;
  maxPath: string;
}

/** What a reader downloads, per page type, with the font and third-party checks of issue 7. */
export interface PageWeights {
  byType: Record<string, TypeWeight>;
  largest: { path: string; gzip: number } | undefined;
  fontBytes: number;
  thirdPartyRequests: string[];
}

const FONT = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const REQUEST_ATTR = /<(script|link|img|iframe|source|video|audio)\b[^>]*?\s(?:src|href)=["']?([^"'\s>]+)/gi;

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Total bytes of a folder; 0 when it does not exist. */
export function folderSize(dir: string): number {
  try {
    return listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
  } catch {
    return 0;
  }
}

/**
 * Page type of a built page by its URL path: `'reports/2019/zhiwei-10-3/index.html'` → `'report'`,
 * `'reports/index.html'` → `'reports (list)'`, `'index.html'` → `'home'`.
 */
export function pageTypeOf(file: string): string {
  const parts = file.split(/[\\/]/).slice(0, -1);
  const [first] = parts;
  if (!first) return 'home';
  const single: Record<string, [string, number]> = { reports: ['report', 3], honors: ['honor', 3], stories: ['story', 3], enterprises: ['enterprise', 2] };
  const known = single[first];
  if (known) return parts.length === known[1] ? known[0] : `${first} (list)`;
  return first;
}

/** Local assets and third-party URLs a page's HTML asks the browser to load (links `<a>` are not requests). */
export function findRequests(html: string, siteHost: string): { local: string[]; thirdParty: string[] } {
  const local: string[] = [];
  const thirdParty: string[] = [];
  for (const match of html.matchAll(REQUEST_ATTR)) {
    const tag = match[0] ?? '';
    const url = match[2] ?? '';
    if (match[1]?.toLowerCase() === 'link' && !/rel=["']?(stylesheet|preload|modulepreload|icon)/i.test(tag)) continue;
    if (/^(https?:)?\/\//i.test(url)) {
      const host = new URL(url, 'https://x.invalid').host;
      if (host !== siteHost) thirdParty.push(url);
    } else if (!/^(data|mailto|tel):/i.test(url) && !/\.(png|jpe?g|gif|webp|avif|svg|ico)(\?|$)/i.test(url)) {
      local.push(url);
    }
  }
  return { local, thirdParty };
}

/** Weighs every built page: gzipped HTML plus the CSS and JS it loads (no images), grouped by page type. */
export function measurePageWeights(distDir: string, siteHost: string): PageWeights {
  const gzipCache = new Map<string, number>();
  const gzipOf = (file: string): number => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      try {
        size = gzipSync(readFileSync(file)).length;
      } catch {
        size = 0;
      }
      gzipCache.set(file, size);
    }
    return size;
  };
  const samples = new Map<string, { file: string; gzip: number }[]>();
  const thirdParty = new Set<string>();
  let fontBytes = 0;
  const fontsSeen = new Set<string>();
  for (const file of listFiles(distDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const { local, thirdParty: remote } = findRequests(html, siteHost);
    for (const url of remote) thirdParty.add(url);
    let gzip = gzipSync(html).length;
    for (const url of new Set(local)) {
      const asset = url.startsWith('/') ? path.join(distDir, url.split(/[?#]/)[0] ?? '') : path.join(distDir, path.dirname(file), url);
      if (FONT.test(url)) {
        if (!fontsSeen.has(asset)) fontBytes += statSafe(asset);
        fontsSeen.add(asset);
      } else gzip += gzipOf(asset);
      if (asset.endsWith('.css')) fontBytes += fontsInCss(asset, distDir, fontsSeen);
    }
    const type = pageTypeOf(file);
    const list = samples.get(type) ?? [];
    list.push({ file, gzip });
    samples.set(type, list);
  }
  const byType: Record<string, TypeWeight> = {};
  let largest: PageWeights['largest'];
  for (const [type, list] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => a.gzip - b.gzip);
    const max = sorted[sorted.length - 1] ?? { file: '', gzip: 0 };
    byType[type] = { pages: list.length, medianGzip: sorted[Math.floor(sorted.length / 2)]?.gzip ?? 0, maxGzip: max.gzip, maxPath: max.file };
    if (!largest || max.gzip > largest.gzip) largest = { path: max.file, gzip: max.gzip };
  }
  return { byType, largest, fontBytes, thirdPartyRequests: [...thirdParty].sort() };
}

function statSafe(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Bytes of font files a stylesheet pulls in through `url(…)`, each counted once per run. */
function fontsInCss(cssFile: string, distDir: string, seen: Set<string>): number {
  let css: string;
  try {
    css = readFileSync(cssFile, 'utf8');
  } catch {
    return 0;
  }
  let bytes = 0;
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const url = match[1] ?? '';
    if (!FONT.test(url)) continue;
    const file = url.startsWith('/') ? path.join(distDir, url.split(/[?#]/)[0] ?? '') : path.join(path.dirname(cssFile), url);
    if (seen.has(file)) continue;
    seen.add(file);
    bytes += statSafe(file);
  }
  return bytes;
}
