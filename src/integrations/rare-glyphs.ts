import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fontMessages } from '../i18n/fonts.ts';
import { addRareWebFont } from '../lib/fonts/add-rare-web-font.ts';

/**
 * After `astro build` (before the search index and the year bundles, which then carry it): writes the rare-glyph web
 * font for the rare ideographs the pages show and links it from exactly those pages; see add-rare-web-font.ts.
 */
export default function rareGlyphs(): AstroIntegration {
  return {
    name: 'gsl-rare-glyphs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await addRareWebFont(fileURLToPath(dir));
        if (report.pages > 0) logger.info(fontMessages.webFont(report.chars, report.pages, report.fontBytes, Math.round(performance.now() - started)));
      },
    },
  };
}
