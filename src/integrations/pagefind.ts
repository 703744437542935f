import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCacheDir } from '../lib/file-cache.ts';
import { contentDir } from '../lib/paths.ts';
import { prepareSearchIndex, writeSearchIndex, type IndexReport } from '../lib/search/build-index.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

/** The two ends of indexing the built site; see pagefindIndex. */
export interface PagefindIntegrations {
  /** Reads every built page and starts Pagefind on them: after the pages and share images, before the bundles. */
  start: AstroIntegration;
  /** Waits for the index, logs it, and fails the build if it failed: after the bundles, before _headers. */
  finish: AstroIntegration;
}

/**
 * After `astro build`, indexes the built pages with Pagefind into `dist/pagefind/` (see src/lib/search/build-index.ts),
 * reusing the previous index from `node_modules/.cache/gsl-pagefind/` (or `GSL_PAGEFIND_CACHE_DIR`) when no page
 * changed. The pages are read when `start` runs; Pagefind, a process of its own, then indexes them while the year
 * bundles are printed and zipped, and `finish` waits for it (one report edited on the large benchmark site: the index's
 * ≈19 s and that year's bundle's ≈19 s ran one after the other before). An indexing error fails the build at `finish`.
 */
export default function pagefindIndex(): PagefindIntegrations {
  let root = process.cwd();
  let job: Promise<IndexReport> | undefined;
  const start: AstroIntegration = {
    name: 'gsl-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const { synonyms } = loadSiteConfig(path.resolve(root, contentDir));
        const prepared = prepareSearchIndex(fileURLToPath(dir), buildCacheDir('pagefind', root), { synonyms });
        job = writeSearchIndex(prepared);
        // Awaited by `finish`; until then a failure must not count as unhandled and end the process early.
        job.catch(() => undefined);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'gsl-pagefind-finish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!job) throw new Error('搜索索引没有开始生成：gsl-pagefind 必须排在 gsl-pagefind-finish 之前');
        const report = await job;
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
  return { start, finish };
}
