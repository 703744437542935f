import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archiveText } from '../i18n/archive.ts';
import { openArchiveCache } from '../lib/archive/archive-cache.ts';
import { buildCacheDir } from '../lib/file-cache.ts';
import { buildArchives } from '../lib/archive/build-archives.ts';
import { chromiumPath, openPrinter, type CompilationPrinter } from '../lib/archive/print-compilation.ts';
import { contentDir } from '../lib/paths.ts';
import { locateBundledFonts } from '../lib/fonts/bundled-fonts.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import { collectGarbage } from '../lib/node-flags.ts';
import { EditorError } from '../lib/explain-error.ts';

/**
 * Options; all default from the project and the environment: `CHROMIUM_PATH` (else Debian's /usr/bin/chromium),
 * `GSL_ARCHIVE_CACHE_DIR` (else node_modules/.cache/gsl-archives), `GSL_ARCHIVE_JOBS` (else 2, or 1 on one core),
 * `GSL_REQUIRE_PDF` (`1`: no Chromium is an error, not a warning).
 */
export interface ArchivesOptions {
  chromiumPath?: string;
  /** Fail the build when the PDFs cannot be printed, instead of writing bundles without them (CI, the machine that deploys). */
  requirePdf?: boolean;
  cacheDir?: string;
  /**
   * Years made at once, their compilations printed side by side in one Chromium. On two busy cores two at a time took
   * about a fifth less wall time than one at a time for the same CPU time; more than two has not been measured.
   */
  jobs?: number;
}

/**
 * After `astro build`, writes each year's bundle (`/archives/<简称>-<year>.zip`: offline pages, Markdown sources,
 * manifest, annual compilation as HTML and PDF) and fills its size and SHA-256 into the pages that link it.
 * A year whose inputs did not change is copied from the cache instead of printed and zipped again.
 * Without Chromium it says so and writes everything but the PDF (never labelled unchanged, never cached), or, with
 * `requirePdf`, stops the build with the command that installs it.
 */
export default function archives(options: ArchivesOptions = {}): AstroIntegration {
  let root = process.cwd();
  const executablePath = options.chromiumPath ?? chromiumPath();
  const requirePdf = options.requirePdf ?? process.env['GSL_REQUIRE_PDF'] === '1';
  return {
    name: 'gsl-archives',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Before any page is built, so a machine without Chromium fails in seconds, not after the whole site.
      'astro:build:start': () => {
        if (requirePdf && !existsSync(executablePath)) throw new EditorError(archiveText.log.pdfRequired(executablePath));
      },
      'astro:build:done': async ({ dir, logger }) => {
        collectGarbage();
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const contentRoot = path.resolve(root, contentDir);
        const cacheDir = options.cacheDir ?? buildCacheDir('archives', root);
        const jobs = options.jobs ?? (Number(process.env['GSL_ARCHIVE_JOBS']) || Math.min(2, availableParallelism()));
        let printer: CompilationPrinter | undefined;
        try {
          printer = await openPrinter({ outDir, executablePath, families: locateBundledFonts() });
          if (!printer && requirePdf) throw new EditorError(archiveText.log.pdfRequired(executablePath));
          if (!printer) logger.warn(archiveText.log.noChromium(executablePath));
          const site = loadSiteConfig(contentRoot);
          const cache = openArchiveCache(path.resolve(root, cacheDir));
          const built = await buildArchives({ outDir, projectRoot: root, contentRoot, site, printer, cache, jobs, log: (m) => logger.info(m) });
          const unchanged = built.filter((b) => !b.printed && !b.zipped && !b.pdfMissing).length;
          const printed = built.filter((b) => b.printed).length;
          const withoutPdf = built.filter((b) => b.pdfMissing).length;
          const done = archiveText.log.done(built.length, unchanged, printed, ((Date.now() - started) / 1000).toFixed(1), withoutPdf);
          if (withoutPdf > 0) logger.warn(done);
          else logger.info(done);
        } finally {
          await printer?.close();
        }
      },
    },
  };
}
