import path from 'node:path';
import { shareMessages } from '../../i18n/share-messages.ts';
import { checkShareGlyphs, type SharePage } from './check-share-glyphs.ts';
import { planShareImages, type ShareImageJob } from './plan-share-images.ts';
import { availableParallelism } from 'node:os';
import { chooseWorkerCount, createRenderPool, measureOtherCpuUse, MIN_IMAGES_FOR_WORKERS } from './render-pool.ts';
import { computeRenderFingerprint } from './render-fingerprint.ts';
import { loadDrawable } from '../fonts/drawable.ts';
import { buildPageRareFaces } from './page-rare-faces.ts';
import { loadShareFonts, locateShareFontFiles } from './share-fonts.ts';
import { writeNewFile } from '../file-cache.ts';
import { openShareImageCache } from './share-image-cache.ts';
import type { ShareSite } from './share-node.ts';
import { findLeadSources, prepareLeadImage } from './lead-image.ts';
import { contentDir } from '../paths.ts';
import { logoDataUri, readSiteLogo } from '../site-logo.ts';
import { EditorError } from '../explain-error.ts';

/** The site with its logo read from public/ as a data URI; a logo that cannot be drawn stops the build (the checker says so first). */
function withLogo(site: BuildShareImagesOptions['site'], publicDir: string): ShareSite {
  const { logo, ...rest } = site;
  if (!logo) return rest;
  const read = readSiteLogo(publicDir, logo);
  if ('problem' in read) throw new EditorError(`site.yaml: ${read.problem}`);
  return { ...rest, logoData: logoDataUri(read) };
}

/** Where the images go and what to report on the way. */
export interface BuildShareImagesOptions {
  pages: readonly SharePage[];
  /** The site settings; `logo` (site.yaml's path under public/) is drawn on cards and posters. */
  site: ShareSite & { logo?: string | undefined };
  outDir: string;
  cacheDir: string;
  /** Project root, for finding the content files named in error messages and the pages' lead images. */
  projectRoot: string;
  /** The content folder lead images must be in; the project's content folder (paths.ts) unless given. */
  contentRoot?: string;
  /** Where site.yaml's `logo` is looked up; `<projectRoot>/public` unless given. */
  publicDir?: string;
  log?: (message: string) => void;
  /** Where warnings go (characters no bundled font draws); `log` when not given. */
  warn?: (message: string) => void;
  /** Force a worker count (the benchmark compares both); otherwise `chooseWorkerCount` decides. */
  workers?: number;
}

/** What a run did: images written, how many were drawn and how many came from the cache. */
export interface ShareImagesReport {
  images: number;
  rendered: number;
  cached: number;
  workers: number;
  ms: number;
}

/**
 * Writes the card, square and poster of every page into `outDir`: warns about every drawn character no bundled font
 * has (it becomes a box; the build goes on), gives pages with rare characters their rare-glyph faces, copies
 * unchanged images from the cache, and renders the rest, in worker threads when there are enough of them.
 */
export async function buildShareImages(options: BuildShareImagesOptions): Promise<ShareImagesReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const fontFiles = locateShareFontFiles();
  const fonts = loadShareFonts(fontFiles);
  const drawable = loadDrawable();
  const site = withLogo(options.site, options.publicDir ?? path.join(options.projectRoot, 'public'));
  for (const warning of checkShareGlyphs(options.pages, site, drawable, options.projectRoot)) (options.warn ?? log)(warning);
  const shares = options.pages.map((page) => page.share);
  const rareFaces = buildPageRareFaces(shares, site, drawable);
  const leads = findLeadSources(shares, options.projectRoot, options.contentRoot ?? path.resolve(options.projectRoot, contentDir));
  const jobs = planShareImages(shares, site, computeRenderFingerprint(fonts.hash), rareFaces, leads);
  const byKey = Map.groupBy(jobs, (job) => job.key);
  const cache = openShareImageCache(options.cacheDir);
  const fileOf = (job: ShareImageJob) => path.join(options.outDir, job.outPath);
  // Hard links to the cache where it can (KeyedFileCache.place): the large benchmark site's 13,494 images are 762 MB.
  const place = (group: readonly ShareImageJob[]) => group.every((job) => cache.place(job.key, fileOf(job)));

  const missing: ShareImageJob[][] = [];
  for (const group of byKey.values()) if (!place(group)) missing.push(group);

  let workers = options.workers;
  if (workers === undefined && missing.length >= MIN_IMAGES_FOR_WORKERS) {
    const otherCores = await measureOtherCpuUse();
    workers = chooseWorkerCount(missing.length, availableParallelism(), otherCores);
    log(shareMessages.threads(missing.length, workers, otherCores));
  }
  const pool = createRenderPool(workers ?? 0, fontFiles, fonts.faces);
  try {
    let done = 0;
    const step = Math.max(1, Math.ceil(missing.length / 20));
    const queue = missing.values();
    const drain = async () => {
      for (const group of queue) {
        const job = group[0]!;
        const { leadSource, ...request } = job;
        const png = await pool.render(leadSource ? { ...request, lead: await prepareLeadImage(leadSource.file) } : request);
        cache.write(job.key, png);
        if (!place(group)) for (const job of group) writeNewFile(fileOf(job), png);
        done += 1;
        if (done % step === 0 || done === missing.length) log(shareMessages.progress(done, missing.length));
      }
    };
    // A few requests in flight per worker keeps both busy without holding every PNG in memory.
    await Promise.all(Array.from({ length: Math.max(1, pool.workers * 3) }, drain));
  } finally {
    await pool.close();
  }
  const ms = Math.round(performance.now() - started);
  log(shareMessages.summary(missing.length, byKey.size - missing.length, ms, pool.workers));
  return { images: jobs.length, rendered: missing.length, cached: byKey.size - missing.length, workers: pool.workers, ms };
}
