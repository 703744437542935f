import { existsSync, readFileSync } from 'node:fs';
import { writeNewFile } from '../file-cache.ts';
import path from 'node:path';
import { archiveText } from '../../i18n/archive.ts';
import { listHtmlFiles, readBuiltPages } from '../share/read-built-pages.ts';
import type { SiteConfig } from '../site-config.ts';
import type { ArchiveCache } from './archive-cache.ts';
import { hashParts } from '../source-fingerprint.ts';
import { readArchiveCodeVersion } from './archive-code-version.ts';
import { archiveFileName, archivePdfFileName, archiveStem, BUNDLE_FILES, compilationPath } from './archive-paths.ts';
import { renderBundleIndex } from './bundle-index.ts';
import { collectDatasets, collectOfflineCopy, collectSources } from './collect-year-files.ts';
import { makeCompilationPdf, type CompilationPdf } from './compilation-pdf.ts';
import { fillArchiveLinks, type BundleFacts } from './fill-archive-links.ts';
import { formatBytes } from './format-bytes.ts';
import { offlineContentSecurityPolicy } from './offline-csp.ts';
import { buildManifest, serializeManifest, sha256 } from './manifest.ts';
import { planArchives, type YearPlan } from './plan-archives.ts';
import type { CompilationPrinter } from './print-compilation.ts';
import { pageFileOf } from './read-page-inputs.ts';
import { runInPool } from './run-in-pool.ts';
import { writeZip, type ZipEntry } from './write-zip.ts';

export interface BuildArchivesOptions {
  /** The built site; bundles go to `<outDir>/archives/`. */
  outDir: string;
  /** Where `source` paths in the pages are relative to (the project). */
  projectRoot: string;
  /** The content folder; sources are stored in the bundle relative to it. */
  contentRoot: string;
  site: SiteConfig;
  /** Prints compilations to PDF; without one, bundles carry no PDF. */
  printer: CompilationPrinter | undefined;
  /** Keeps PDFs and ZIPs between builds by the hash of their inputs; without one, every year is made afresh. */
  cache: ArchiveCache | undefined;
  /** How many years are made at once (their compilations printed side by side in one Chromium); 1 unless given. */
  jobs?: number;
  log(message: string): void;
}

/** What was written for one year. */
export interface BuiltArchive extends BundleFacts {
  year: number;
  file: string;
  pages: number;
  pdfPages: number | undefined;
  /** Whether this build printed the PDF (false: cached, or no PDF). */
  printed: boolean;
  /** Whether this build wrote the ZIP (false: the cache had the same bytes). */
  zipped: boolean;
  /** The year has a compilation but no printer was there to make its PDF: the bundle is incomplete, never cached. */
  pdfMissing: boolean;
  /** The compilation PDF also written beside the bundle (`archives/<简称>-<year>-年度汇编.pdf`), when there is one. */
  pdfFile: (BundleFacts & { file: string }) | undefined;
  milliseconds: number;
}

/** A year's bundle as the cache remembers it: the files its pages loaded, and what was written. */
interface YearRecord {
  /** Site paths of the files the offline copy and the print loaded besides the pages, and the hash of their bytes. */
  assets: string[];
  assetsDigest: string;
  zipKey: string;
  pdfKey: string | undefined;
  result: Omit<BuiltArchive, 'printed' | 'zipped' | 'milliseconds'>;
}

function readOrAbsent(file: string): Buffer | string {
  return existsSync(file) ? readFileSync(file) : 'absent';
}

function assetsDigest(outDir: string, assets: readonly string[]): string {
  return hashParts(assets.flatMap((asset) => [asset, readOrAbsent(path.join(outDir, asset))]));
}

/**
 * The key of a year's record: everything its bundle is made from but the files its pages load (those are named in
 * the record and compared byte for byte): the code, the printer, site.yaml, the plan, the year's built pages and
 * compilation, their Markdown sources and the year's open data. Reading these is a fraction of making the offline
 * copy: on the large benchmark site the 29 unchanged years took ≈20 s of the main thread when each was rebuilt in full
 * only to find its ZIP in the cache.
 */
function yearKey(plan: YearPlan, options: BuildArchivesOptions, codeVersion: string): string {
  const { outDir, printer } = options;
  const pageFiles = [plan.yearPage.pagePath, ...plan.pieces.map((piece) => piece.pagePath), compilationPath(plan.year)].map(pageFileOf);
  return hashParts([
    codeVersion,
    'year',
    printer?.stamp ?? 'no printer',
    JSON.stringify(options.site),
    JSON.stringify(plan),
    path.relative(options.projectRoot, options.contentRoot),
    ...pageFiles.flatMap((file) => [file, readOrAbsent(path.join(outDir, file))]),
    ...plan.pieces.flatMap((piece) => [piece.source, readOrAbsent(path.resolve(options.projectRoot, piece.source))]),
    ...collectDatasets(plan.year, outDir).flatMap((d) => [d.path, d.data]),
  ]);
}

/**
 * Puts a year's ZIP, and its PDF beside it (for readers on phones who cannot open a ZIP), into `<outDir>/archives/`:
 * from the cache when it has them (hard links where it can: 30 years are ≈560 MB on the large benchmark site), else
 * written from the bytes.
 */
function placeBundleFiles(options: BuildArchivesOptions, zip: { file: string; key: string; data?: Uint8Array }, pdf: { file: string; key: string; data?: Uint8Array } | undefined): boolean {
  const { cache, outDir } = options;
  for (const [item, extension] of [[zip, 'zip'], [pdf, 'pdf']] as const) {
    if (!item) continue;
    const file = path.join(outDir, 'archives', item.file);
    if (cache?.place(item.key, extension, file)) continue;
    if (!item.data) return false;
    writeNewFile(file, item.data);
  }
  return true;
}

/** A year's record, or undefined when there is none or it cannot be read (then the year is simply made again). */
function readYearRecord(cache: ArchiveCache | undefined, key: string): YearRecord | undefined {
  try {
    const stored = cache?.read(key, 'year');
    const record = stored && (JSON.parse(stored.toString('utf8')) as Partial<YearRecord>);
    return record && Array.isArray(record.assets) && typeof record.zipKey === 'string' && record.result ? (record as YearRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** The year as the cache remembers it, when nothing it was made from changed; its ZIP and PDF are put into place. */
function reuseYear(key: string, options: BuildArchivesOptions, started: number): BuiltArchive | undefined {
  const { cache, outDir } = options;
  const record = readYearRecord(cache, key);
  if (!record) return undefined;
  if (assetsDigest(outDir, record.assets) !== record.assetsDigest) return undefined;
  const { result } = record;
  if (cache?.size(record.zipKey, 'zip') !== result.size) return undefined;
  if (result.pdfFile && (record.pdfKey === undefined || cache?.size(record.pdfKey, 'pdf') !== result.pdfFile.size)) return undefined;
  const pdf = result.pdfFile && record.pdfKey !== undefined ? { file: result.pdfFile.file, key: record.pdfKey } : undefined;
  if (!placeBundleFiles(options, { file: result.file, key: record.zipKey }, pdf)) return undefined;
  return { ...result, printed: false, zipped: false, milliseconds: Date.now() - started };
}

async function buildYear(plan: YearPlan, options: BuildArchivesOptions, codeVersion: string): Promise<BuiltArchive> {
  const started = Date.now();
  const { site, outDir, printer, cache } = options;
  const recordKey = cache && yearKey(plan, options, codeVersion);
  const reused = recordKey === undefined ? undefined : reuseYear(recordKey, options, started);
  if (reused) return reused;
  const offline = collectOfflineCopy(plan, { ...options, baseUrl: site.baseUrl, csp: offlineContentSecurityPolicy(site) });
  const sources = collectSources(plan, { ...options, baseUrl: site.baseUrl });
  let pdf: CompilationPdf | undefined;
  const files: ZipEntry[] = [...offline.files, ...sources.map(({ path: p, data }) => ({ path: p, data })), ...collectDatasets(plan.year, outDir)];
  if (offline.compilation && printer) {
    pdf = await makeCompilationPdf(plan.year, plan.latestDate, { outDir, printer, cache, codeVersion });
    files.push({ path: BUNDLE_FILES.compilationPdf, data: pdf.pdf });
  }
  const yearPage = pageFileOf(plan.yearPage.pagePath);
  const index = { organisation: site.name, shortName: site.shortName, year: plan.year, baseUrl: site.baseUrl, yearPage };
  files.push({ path: BUNDLE_FILES.index, data: Buffer.from(renderBundleIndex({ ...index, hasCompilation: offline.compilation, hasPdf: pdf !== undefined })) });
  const manifest = buildManifest({
    site,
    year: plan.year,
    pieces: plan.pieces.map((piece, i) => ({ piece, source: sources[i]!.path, page: pageFileOf(piece.pagePath) })),
    files,
  });
  files.push({ path: BUNDLE_FILES.manifest, data: Buffer.from(serializeManifest(manifest)) });
  const stem = archiveStem(site.shortName, plan.year);
  const entries = files.map((f) => ({ path: `${stem}/${f.path}`, data: f.data }));
  // The ZIP's bytes follow from its entries, their day and the writer's code: the same inputs, the same file. A bundle
  // that lacks its PDF is written afresh every time and never cached, so it can never pass for an unchanged one.
  const pdfMissing = offline.compilation && !pdf;
  const key = hashParts([codeVersion, 'zip', plan.latestDate, ...entries.flatMap((e) => [e.path, e.data])]);
  const cached = pdfMissing ? undefined : cache?.read(key, 'zip');
  const zip = cached ?? (await writeZip(entries, plan.latestDate));
  if (!cached && !pdfMissing) cache?.write(key, 'zip', zip);
  const file = archiveFileName(site.shortName, plan.year);
  const pdfFile = pdf && { file: archivePdfFileName(site.shortName, plan.year), size: pdf.pdf.byteLength, sha256: sha256(pdf.pdf) };
  placeBundleFiles(options, { file, key, data: zip }, pdf && pdfFile && { file: pdfFile.file, key: pdf.key, data: pdf.pdf });
  const pages = offline.files.filter((f) => f.path.endsWith('.html')).length;
  const result = { year: plan.year, file, size: zip.byteLength, sha256: sha256(zip), pages, pdfPages: pdf?.pages, pdfMissing, pdfFile };
  if (recordKey !== undefined && !pdfMissing) {
    const assets = [...new Set([...offline.assets, ...(pdf?.assets ?? [])])].sort();
    const record: YearRecord = { assets, assetsDigest: assetsDigest(outDir, assets), zipKey: key, pdfKey: pdf?.key, result };
    cache?.write(recordKey, 'year', Buffer.from(JSON.stringify(record)));
  }
  return { ...result, printed: pdf?.printed ?? false, zipped: !cached, milliseconds: Date.now() - started };
}

function describeYear(result: BuiltArchive, reports: number): string {
  const { log } = archiveText;
  const size = formatBytes(result.size);
  if (!result.printed && !result.zipped && !result.pdfMissing) return log.unchanged(result.year, result.file, size);
  const pdf = result.pdfMissing ? log.pdfMissing : result.pdfPages === undefined ? log.noPdf : result.printed ? log.pdfPages(result.pdfPages) : log.pdfCached(result.pdfPages);
  return log.year(result.year, result.pages, reports, result.file, size, pdf, (result.milliseconds / 1000).toFixed(1));
}

/**
 * Writes every year's bundle, and its compilation PDF beside it, into `<outDir>/archives/`, one progress line per year,
 * then fills the size and hash of each file into the pages that link it (the year pages and /archives/), removing the
 * PDF links of years that have no PDF.
 */
export async function buildArchives(options: BuildArchivesOptions): Promise<BuiltArchive[]> {
  const plans = planArchives(readBuiltPages(options.outDir));
  const codeVersion = readArchiveCodeVersion(options.projectRoot);
  const built = await runInPool(plans, options.jobs ?? 1, async (plan) => {
    const result = await buildYear(plan, options, codeVersion);
    options.log(describeYear(result, plan.pieces.filter((p) => p.type === 'report').length));
    return result;
  });
  const facts = new Map(built.flatMap((b) => [[b.file, { size: b.size, sha256: b.sha256 }] as const, ...(b.pdfFile ? [[b.pdfFile.file, b.pdfFile] as const] : [])]));
  for (const htmlFile of listHtmlFiles(options.outDir)) {
    const file = path.join(options.outDir, htmlFile);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-archive-file')) continue;
    const filled = fillArchiveLinks(html, facts, htmlFile);
    if (filled.filled > 0) writeNewFile(file, filled.html);
  }
  return built;
}
