import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { archiveText } from '../../i18n/archive.ts';
import { listHtmlFiles, readBuiltPages } from '../share/read-built-pages.ts';
import type { SiteConfig } from '../site-config.ts';
import { archiveFileName, archiveStem, BUNDLE_FILES, compilationPath } from './archive-paths.ts';
import { renderBundleIndex } from './bundle-index.ts';
import { fillArchiveLinks, type BundleFacts } from './fill-archive-links.ts';
import { formatBytes } from './format-bytes.ts';
import { buildManifest, serializeManifest, sha256 } from './manifest.ts';
import { rewriteCssUrls, rewriteForOffline, type OfflineContext } from './offline-page.ts';
import { planArchives, type YearPlan } from './plan-archives.ts';
import type { CompilationPrinter } from './print-compilation.ts';
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
  log(message: string): void;
}

/** What was written for one year. */
export interface BuiltArchive extends BundleFacts {
  year: number;
  file: string;
  pages: number;
  pdfPages: number | undefined;
  milliseconds: number;
}

const ASSET = /\.(css|js|svg|png|jpe?g|webp|avif|gif|ico|woff2?|ttf|otf)$/i;

function pageFileOf(pagePath: string): string {
  return `${pagePath.slice(1)}index.html`;
}

/** Reads a year's pages, rewrites them and their CSS for offline reading, and gathers every file they need. */
function collectOfflineCopy(plan: YearPlan, options: BuildArchivesOptions): { files: ZipEntry[]; compilation: boolean } {
  const { outDir } = options;
  const pages = new Map<string, string>([[plan.yearPage.pagePath, pageFileOf(plan.yearPage.pagePath)]]);
  for (const piece of plan.pieces) pages.set(piece.pagePath, pageFileOf(piece.pagePath));
  const compilation = existsSync(path.join(outDir, pageFileOf(compilationPath(plan.year))));
  if (compilation) pages.set(compilationPath(plan.year), BUNDLE_FILES.compilationHtml);
  const context = (file: string): OfflineContext => ({
    file,
    pageFile: (p) => pages.get(p),
    isAsset: (p) => ASSET.test(p) && existsSync(path.join(outDir, p)),
    baseUrl: options.site.baseUrl,
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
  return { files, compilation };
}

/** The year's Markdown sources, byte for byte, under `sources/` by their path in the content folder. */
function collectSources(plan: YearPlan, options: BuildArchivesOptions): Array<ZipEntry & { pagePath: string }> {
  return plan.pieces.map((piece) => {
    const absolute = path.resolve(options.projectRoot, piece.source);
    const relative = path.relative(options.contentRoot, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || !existsSync(absolute)) throw new Error(archiveText.log.missingSource(piece.source));
    return { path: `${BUNDLE_FILES.sources}/${relative}`, data: readFileSync(absolute), pagePath: piece.pagePath };
  });
}

async function buildYear(plan: YearPlan, options: BuildArchivesOptions): Promise<BuiltArchive> {
  const started = Date.now();
  const { site } = options;
  const offline = collectOfflineCopy(plan, options);
  const sources = collectSources(plan, options);
  let pdfPages: number | undefined;
  const files: ZipEntry[] = [...offline.files, ...sources.map(({ path: p, data }) => ({ path: p, data }))];
  if (offline.compilation && options.printer) {
    const printed = await options.printer.print(compilationPath(plan.year), plan.latestDate).catch((error: unknown) => {
      throw new Error(archiveText.log.pdfFailed(plan.year), { cause: error });
    });
    files.push({ path: BUNDLE_FILES.compilationPdf, data: printed.pdf });
    pdfPages = printed.pages;
  }
  const yearPage = pageFileOf(plan.yearPage.pagePath);
  const index = { organisation: site.name, shortName: site.shortName, year: plan.year, baseUrl: site.baseUrl, yearPage };
  files.push({ path: BUNDLE_FILES.index, data: Buffer.from(renderBundleIndex({ ...index, hasCompilation: offline.compilation, hasPdf: pdfPages !== undefined })) });
  const manifest = buildManifest({
    site,
    year: plan.year,
    pieces: plan.pieces.map((piece, i) => ({ piece, source: sources[i]!.path, page: pageFileOf(piece.pagePath) })),
    files,
  });
  files.push({ path: BUNDLE_FILES.manifest, data: Buffer.from(serializeManifest(manifest)) });
  const stem = archiveStem(site.shortName, plan.year);
  const zip = await writeZip(files.map((f) => ({ path: `${stem}/${f.path}`, data: f.data })), plan.latestDate);
  const file = archiveFileName(site.shortName, plan.year);
  mkdirSync(path.join(options.outDir, 'archives'), { recursive: true });
  writeFileSync(path.join(options.outDir, 'archives', file), zip);
  const pages = offline.files.filter((f) => f.path.endsWith('.html')).length;
  return { year: plan.year, file, size: zip.byteLength, sha256: sha256(zip), pages, pdfPages, milliseconds: Date.now() - started };
}

/**
 * Writes every year's bundle into `<outDir>/archives/`, one progress line per year, then fills the size and hash of
 * each bundle into the pages that link it (the year pages and /archives/).
 */
export async function buildArchives(options: BuildArchivesOptions): Promise<BuiltArchive[]> {
  const plans = planArchives(readBuiltPages(options.outDir));
  const built: BuiltArchive[] = [];
  for (const plan of plans) {
    const result = await buildYear(plan, options);
    const reports = plan.pieces.filter((p) => p.type === 'report').length;
    const pdf = result.pdfPages === undefined ? archiveText.log.noPdf : archiveText.log.pdfPages(result.pdfPages);
    options.log(archiveText.log.year(plan.year, result.pages, reports, result.file, formatBytes(result.size), pdf, (result.milliseconds / 1000).toFixed(1)));
    built.push(result);
  }
  const facts = new Map(built.map((b) => [b.file, { size: b.size, sha256: b.sha256 }]));
  for (const htmlFile of listHtmlFiles(options.outDir)) {
    const file = path.join(options.outDir, htmlFile);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-archive-file')) continue;
    const filled = fillArchiveLinks(html, facts, htmlFile);
    if (filled.filled > 0) writeFileSync(file, filled.html);
  }
  return built;
}
