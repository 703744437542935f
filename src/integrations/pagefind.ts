import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCacheDir } from '../lib/file-cache.ts';
import { contentDir } from '../lib/paths.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

/**
 * After `astro build`, indexes the built pages with Pagefind into `dist/pagefind/` (see
 * src/lib/search/build-index.ts), reusing the previous index from `node_modules/.cache/gsl-pagefind/`
 * (or `GSL_PAGEFIND_CACHE_DIR`) when no page changed. An indexing error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gsl-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { synonyms } = loadSiteConfig(path.resolve(root, contentDir));
        const report = await buildSearchIndex(fileURLToPath(dir), buildCacheDir('pagefind', root), { synonyms });
        const data = report.data
          ? `，同义词与简繁 ${(report.data.forms / 1024).toFixed(1)} KB、名称拼音 ${(report.data.names / 1024).toFixed(0)} KB（按首字母分块，最大 ${(report.data.largestShard / 1024).toFixed(0)} KB）`
          : '';
        logger.info(
          `搜索索引：${report.pages} 个页面（共 ${report.files} 个 HTML），${report.indexFiles} 个文件 ` +
            `${(report.indexBytes / 1024).toFixed(0)} KB${data}，${report.cached ? '页面未变化，沿用缓存，' : ''}用时 ${(report.ms / 1000).toFixed(2)} 秒`,
        );
      },
    },
  };
}
