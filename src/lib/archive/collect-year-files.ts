import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { archiveText } from '../../i18n/archive.ts';
import { stripHtmlComments } from '../strip-comments.ts';
import { yearDatasetFolder } from '../urls.ts';
import { BUNDLE_FILES, compilationPath } from './archive-paths.ts';
import { rewriteCssUrls, rewriteForOffline, type OfflineContext } from './offline-page.ts';
import type { YearPlan } from './plan-archives.ts';
import { ASSET, pageFileOf } from './read-page-inputs.ts';
import type { ZipEntry } from './write-zip.ts';

/** Where a year's files are read from. */
export interface YearFilesOptions {
  /** The built site. */
  outDir: string;
  /** Where `source` paths in the pages are relative to (the project). */
  projectRoot: string;
  /** The content folder; sources are stored in the bundle relative to it. */
  contentRoot: string;
  /** The live site, e.g. `"https://www.jcgsl.example.cn"`: where links out of the bundle go. */
  baseUrl: string;
  /** The Content-Security-Policy each offline page carries in a meta tag (offline-csp.ts). */
  csp?: string;
}

/**
 * Reads a year's pages, rewrites them and their CSS for offline reading, and gathers every file they need; `assets`
 * are the site paths of those files (`"/_astro/Base.css"`), everything besides the pages the copy was made from.
 */
export function collectOfflineCopy(plan: YearPlan, options: YearFilesOptions): { files: ZipEntry[]; compilation: boolean; assets: string[] } {
  const { outDir } = options;
  const pages = new Map<string, string>([[plan.yearPage.pagePath, pageFileOf(plan.yearPage.pagePath)]]);
  for (const piece of plan.pieces) pages.set(piece.pagePath, pageFileOf(piece.pagePath));
  const compilation = existsSync(path.join(outDir, pageFileOf(compilationPath(plan.year))));
  if (compilation) pages.set(compilationPath(plan.year), BUNDLE_FILES.compilationHtml);
  const context = (file: string): OfflineContext => ({
    file,
    pageFile: (p) => pages.get(p),
    isAsset: (p) => ASSET.test(p) && existsSync(path.join(outDir, p)),
    baseUrl: options.baseUrl,
    csp: options.csp,
  });
  const files: ZipEntry[] = [];
  const queue: string[] = [];
  for (const [pagePath, file] of pages) {
    const source = path.join(outDir, pageFileOf(pagePath));
    if (!existsSync(source)) throw new Error(archiveText.log.missingPage(pageFileOf(pagePath)));
    const page = rewriteForOffline(readFileSync(source, 'utf8'), context(file));
    files.push({ path: file, data: Buffer.from(page.html) });
    queue.push(...page.assets);
  }
  const seen = new Set<string>();
  for (let asset = queue.shift(); asset !== undefined; asset = queue.shift()) {
    if (seen.has(asset)) continue;
    seen.add(asset);
    const data = readFileSync(path.join(outDir, asset));
    if (!asset.endsWith('.css')) {
      files.push({ path: asset.slice(1), data });
      continue;
    }
    const css = rewriteCssUrls(data.toString('utf8'), context(asset.slice(1)));
    files.push({ path: asset.slice(1), data: Buffer.from(css.css) });
    queue.push(...css.assets);
  }
  return { files, compilation, assets: [...seen] };
}

/**
 * The year's Markdown sources under `sources/` by their path in the content folder: the committed bytes, less HTML
 * comments (editors' notes to each other are not published; see strip-comments.ts).
 */
export function collectSources(plan: YearPlan, options: YearFilesOptions): Array<ZipEntry & { pagePath: string }> {
  return plan.pieces.map((piece) => {
    const absolute = path.resolve(options.projectRoot, piece.source);
    const relative = path.relative(options.contentRoot, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || !existsSync(absolute)) throw new Error(archiveText.log.missingSource(piece.source));
    const bytes = readFileSync(absolute);
    const text = bytes.toString('utf8');
    const stripped = stripHtmlComments(text, absolute.endsWith('.mdx'));
    return { path: `${BUNDLE_FILES.sources}/${relative}`, data: stripped === text ? bytes : Buffer.from(stripped), pagePath: piece.pagePath };
  });
}

/**
 * The year's open data (each honour list as CSV and JSON) as the site serves it, at the same path inside the bundle:
 * `(2024, dist)` → `[{ path: "data/honors/2024/youxiu-jianshezhe.csv", … }, …]`; none when the year has no honour list.
 */
export function collectDatasets(year: number, outDir: string): ZipEntry[] {
  const folder = yearDatasetFolder(year).slice(1);
  const dir = path.join(outDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ path: `${folder}${name}`, data: readFileSync(path.join(dir, name)) }));
}
