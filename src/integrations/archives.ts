import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archiveText } from '../i18n/archive.ts';
import { buildArchives } from '../lib/archive/build-archives.ts';
import { openPrinter, type CompilationPrinter } from '../lib/archive/print-compilation.ts';
import { contentDir } from '../lib/paths.ts';
import { locateShareFontFiles } from '../lib/share/share-fonts.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

/** Options; all default from the project and the environment (`CHROMIUM_PATH`, else Debian's /usr/bin/chromium). */
export interface ArchivesOptions {
  chromiumPath?: string;
}

/**
 * After `astro build`, writes each year's bundle (`/archives/<简称>-<year>.zip`: offline pages, Markdown sources,
 * manifest, annual compilation as HTML and PDF) and fills its size and SHA-256 into the pages that link it.
 * Without Chromium it says so and writes everything but the PDF.
 */
export default function archives(options: ArchivesOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gsl-archives',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const contentRoot = path.resolve(root, contentDir);
        const executablePath = options.chromiumPath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
        const [regular, bold] = locateShareFontFiles();
        const fonts = [
          { weight: 400 as const, file: regular! },
          { weight: 700 as const, file: bold! },
        ];
        let printer: CompilationPrinter | undefined;
        try {
          printer = await openPrinter({ outDir, executablePath, fonts });
          if (!printer) logger.warn(archiveText.log.noChromium(executablePath));
          const built = await buildArchives({ outDir, projectRoot: root, contentRoot, site: loadSiteConfig(contentRoot), printer, log: (m) => logger.info(m) });
          logger.info(archiveText.log.done(built.length, ((Date.now() - started) / 1000).toFixed(1)));
        } finally {
          await printer?.close();
        }
      },
    },
  };
}
