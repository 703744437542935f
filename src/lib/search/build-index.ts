import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { codeFingerprint, hashParts } from '../source-fingerprint.ts';
import { foldAlphanumerics } from './fold-text.ts';
import { listHtmlFiles } from '../share/read-built-pages.ts';
import { readSiteNames, writeSearchData, type SearchDataSizes } from './search-data.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What indexing a built site produced. */
export interface IndexReport {
  /** HTML files read. */
  files: number;
  /** Pages that made it into the index (those with `data-pagefind-body`). */
  pages: number;
  /** Files and bytes written under `pagefind/`. */
  indexFiles: number;
  indexBytes: number;
  ms: number;
  /** Whether the index was copied from the cache because no page changed. */
  cached: boolean;
  /** Bytes of the search data beside the index (search-data.ts). */
  data?: SearchDataSizes;
}

/** What search needs from content/site.yaml: the synonym table. */
export interface SearchSettings {
  synonyms: readonly (readonly string[])[];
}

/**
 * Repeated chrome inside indexed regions that says nothing about the page: the type · year kicker, the
 * 分享 link, the print-only note, an honour table's column labels and hidden caption (序号, 姓名…), and the labels
 * of a facts box (发布日期, 区县…), which Pagefind would run into their values in a snippet; the values stay indexed.
 */
export const EXCLUDED_SELECTORS = ['.kicker', '.share-row', '.share-link', '.print-only', '.honor-doc thead', '.honor-doc caption', '.facts dt'];

/** Every page goes into one Chinese index, whatever a page's `lang` says. */
export const INDEX_LANGUAGE = 'zh-cn';

/** Pagefind's ready-made interfaces; the site has its own search page, so they would only be dead weight on the CDN. */
const UNUSED_BUNDLES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function countIndexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step}出错：\n${response.errors.join('\n')}`);
  return response;
}

/**
 * Cache key of an index: the code fingerprint (source-fingerprint.ts) of this module, what it imports (the search
 * data: names, pinyin, variant pairs) and the packages that write its bytes (Pagefind, pinyin-pro, opencc-js), the
 * synonym table, and every HTML file's path and bytes. Same key, same pages, same index — so it is copied instead of rebuilt.
 */
function indexKey(pages: readonly BuiltPage[], settings: SearchSettings): string {
  const code = codeFingerprint({ root: PROJECT, modules: [fileURLToPath(import.meta.url)], packages: ['pagefind', 'pinyin-pro', 'opencc-js'] });
  return hashParts([code, JSON.stringify(settings.synonyms), ...pages.flatMap((page) => [page.file, page.html])]);
}

function report(outDir: string, files: number, started: number, cached: boolean): IndexReport {
  const outputPath = path.join(outDir, 'pagefind');
  const pages = countIndexedPages(outputPath);
  if (pages === 0) throw new Error('索引中没有任何页面');
  const written = sizeOf(outputPath);
  return { files, pages, indexFiles: written.files, indexBytes: written.bytes, ms: performance.now() - started, cached };
}

/** One built HTML file as it was when the index job started: its path relative to the site and its text. */
interface BuiltPage {
  file: string;
  html: string;
}

/** An index job whose pages have been read: later changes to the site's files cannot reach it. */
export interface PreparedIndex {
  outDir: string;
  started: number;
  pages: BuiltPage[];
  settings: SearchSettings;
  /** Where a finished index is kept for the next build with the same key (undefined: not cached). */
  cached?: string;
  /** Set when the index was copied from the cache: nothing is left to do. */
  done?: IndexReport;
}

function failure(error: unknown): Error {
  return new Error(`搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/**
 * The part of indexing that must see the site as `astro build` left it, done at once: reads every HTML page and, when
 * the cache holds an index of exactly these pages, copies it into `<outDir>/pagefind/`. What runs after this (the
 * bundles filling their sizes into year pages) cannot change what is indexed, so `writeSearchIndex` may run beside it.
 */
export function prepareSearchIndex(outDir: string, cacheDir?: string, settings: SearchSettings = { synonyms: [] }): PreparedIndex {
  const started = performance.now();
  const pages = listHtmlFiles(outDir)
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => ({ file, html: readFileSync(path.join(outDir, file), 'utf8') }));
  const prepared: PreparedIndex = { outDir, started, pages, settings };
  if (cacheDir === undefined) return prepared;
  prepared.cached = path.join(cacheDir, indexKey(pages, settings));
  if (existsSync(prepared.cached)) {
    const outputPath = path.join(outDir, 'pagefind');
    try {
      rmSync(outputPath, { recursive: true, force: true });
      cpSync(prepared.cached, outputPath, { recursive: true });
      prepared.done = report(outDir, pages.length, started, true);
    } catch (error) {
      throw failure(error);
    }
  }
  return prepared;
}

/**
 * Indexes the prepared pages with Pagefind into `<outDir>/pagefind/`: every HTML page, full-width letters and digits
 * folded to half-width first (so 2024 finds ２０２４), one zh-CN index, and beside it the search data (search-data.ts:
 * the synonym table, variant pairs, names with pinyin). The folded pages are written to a scratch folder that
 * Pagefind reads on all cores (`addDirectory`: large benchmark site 5.3 s, against 11.9 s for the same pages sent one
 * by one); the name table is drawn up while it does. Any Pagefind error, or an index with no pages, throws; the
 * Pagefind service is always closed and the scratch folder removed.
 */
export async function writeSearchIndex(prepared: PreparedIndex): Promise<IndexReport> {
  if (prepared.done) return prepared.done;
  const { outDir, pages, settings, cached } = prepared;
  const outputPath = path.join(outDir, 'pagefind');
  const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-index-'));
  try {
    let marked = 0;
    for (const { file, html } of pages) {
      if (html.includes('data-pagefind-body')) marked++;
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), foldAlphanumerics(html));
    }
    // Without any data-pagefind-body Pagefind would index whole pages, navigation and all.
    if (marked === 0) throw new Error(`${pages.length} 个页面中没有一个带 data-pagefind-body`);
    const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS }), '创建索引');
    if (!index) throw new Error('Pagefind 没有返回索引');
    const added = index.addDirectory({ path: scratch });
    const names = readSiteNames(pages.map((page) => page.html));
    const { page_count: read } = check(await added, '读取页面时');
    if (read !== pages.length) throw new Error(`读取了 ${read} 个页面，应为 ${pages.length} 个`);
    // Index files are named by content hash: re-indexing into an old index would leave stale files beside the new ones.
    rmSync(outputPath, { recursive: true, force: true });
    check(await index.writeFiles({ outputPath }), '写入索引');
    for (const file of UNUSED_BUNDLES) rmSync(path.join(outputPath, file), { force: true });
    const data = writeSearchData(names, outputPath, settings.synonyms);
    const result = { ...report(outDir, pages.length, prepared.started, false), data };
    if (cached) {
      // Copy then rename, so a build stopped half-way never leaves a partial index under a valid key.
      const partial = `${cached}.${process.pid}.partial`;
      cpSync(outputPath, partial, { recursive: true });
      renameSync(partial, cached);
    }
    return result;
  } catch (error) {
    throw failure(error);
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Indexes a built site with Pagefind into `<outDir>/pagefind/` (prepareSearchIndex, then writeSearchIndex). With a
 * `cacheDir`, an index whose pages did not change is copied from the previous build instead of being rebuilt.
 */
export async function buildSearchIndex(outDir: string, cacheDir?: string, settings: SearchSettings = { synonyms: [] }): Promise<IndexReport> {
  return writeSearchIndex(prepareSearchIndex(outDir, cacheDir, settings));
}
