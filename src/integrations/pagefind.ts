import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-index.ts';

/**
 * After `astro build`, indexes the built pages with Pagefind into `dist/pagefind/` (see
 * src/lib/search/build-index.ts). An indexing error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'gsl-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `搜索索引：${report.pages} 个页面（共 ${report.files} 个 HTML），${report.indexFiles} 个文件 ` +
            `${(report.indexBytes / 1024).toFixed(0)} KB，用时 ${(report.ms / 1000).toFixed(2)} 秒`,
        );
      },
    },
  };
}
