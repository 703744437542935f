/**
 * `npm run bench:search`: what search costs. For the demo site and a large generated site (≥ 2,000 pages):
 * index build time, pages indexed, index size and the search data beside it; for both, in Chromium, the bytes
 * fetched (as served and with gzip) and the time from pressing Enter to results for a first query on a cold cache —
 * plain, traditional, abbreviated, pinyin and misspelt queries. Numbers for reading, never asserted.
 *
 *   npm run bench:search [-- --demo-dist DIR] [--large-dist DIR | --large-content DIR | --demo-only] [--query 营商环境 ...]
 *
 * Without --large-dist it generates the `large` preset (npm run generate) and builds it, which takes minutes.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildSearchIndex, type IndexReport } from '../src/lib/search/build-index.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDir } from '../tests/support/static-server.ts';

const { values } = parseArgs({
  options: {
    'demo-dist': { type: 'string' },
    'large-dist': { type: 'string' },
    'large-content': { type: 'string' },
    'demo-only': { type: 'boolean', default: false },
    query: { type: 'string', multiple: true, default: ['营商环境', '万企帮万村', '光彩事业', '复工复产', '營商環境', '民企', 'huarui', '华锐药业'] },
  },
});
const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-bench-search-'));

function run(script: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} 失败（退出码 ${result.status}）`);
}

function build(contentDir: string, name: string): string {
  const dist = path.join(scratch, name);
  const started = performance.now();
  run('scripts/build.ts', [], { GSL_CONTENT_DIR: contentDir, GSL_OUT_DIR: dist });
  console.log(`built ${contentDir} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dist}`);
  return dist;
}

function printIndex(label: string, report: IndexReport): void {
  const data = report.data
    ? `; search data: forms ${(report.data.forms / 1024).toFixed(1)} KB, names ${(report.data.names / 1024).toFixed(0)} KB in shards of at most ${(report.data.largestShard / 1024).toFixed(0)} KB, readings ${(report.data.readings / 1024).toFixed(0)} KB`
    : '';
  console.log(
    `${label}: indexed ${report.pages} of ${report.files} HTML pages in ${(report.ms / 1000).toFixed(2)} s; ` +
      `index ${report.indexFiles} files, ${(report.indexBytes / 1048576).toFixed(2)} MB${data}`,
  );
}

/**
 * Opens /search/ on a cold cache, types the query, and counts what pressing Enter fetched until results showed: bytes
 * as served here (no compression; Pagefind's own files are gzip already) and as a CDN would send them with gzip.
 */
async function firstQuery(browser: Browser, origin: string, query: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  const kinds = { code: 0, index: 0, fragments: 0, data: 0 };
  let gzip = 0;
  let requests = 0;
  let fragments = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        requests++;
        const url = request.url();
        gzip += /\.(js|json|html|css)$/.test(new URL(url).pathname) ? gzipSync(body).length : sizes.responseBodySize;
        if (url.includes('/fragment/')) {
          fragments++;
          kinds.fragments += sizes.responseBodySize;
        } else if (/\/gsl-[\w-]+\.json$/.test(url)) kinds.data += sizes.responseBodySize;
        else if (/\.(js|pagefind)$/.test(url) && !url.includes('/index/')) kinds.code += sizes.responseBodySize;
        else kinds.index += sizes.responseBodySize;
      })(),
    );
  });
  await page.fill('#search-q', query);
  const started = performance.now();
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    const status = document.getElementById('search-status')?.textContent ?? '';
    return app && !app.hasAttribute('aria-busy') && status !== '' && !status.startsWith('正在');
  });
  const ms = performance.now() - started;
  await page.waitForTimeout(200);
  await Promise.all(pending);
  const status = await page.textContent('#search-status');
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const bytes = kinds.code + kinds.index + kinds.fragments + kinds.data;
  console.log(
    `  “${query}”: ${ms.toFixed(0)} ms, ${kb(bytes)} in ${requests} requests, ${kb(gzip)} with gzip ` +
      `(Pagefind code ${kb(kinds.code)}, index ${kb(kinds.index)}, ${fragments} page texts ${kb(kinds.fragments)}, search data ${kb(kinds.data)}) — ${status}`,
  );
  await context.close();
}

const demoDist = values['demo-dist'] ?? build('content', 'demo');
// Both sites are indexed with the demo's synonym table: the sector's pairs, as a federation would ship them.
const settings = { synonyms: loadSiteConfig('content').synonyms };
printIndex('demo site', await buildSearchIndex(demoDist, undefined, settings));
{
  const server = await serveDir(path.resolve(demoDist));
  const browser = await launchChromium();
  try {
    console.log('demo site, first query in Chromium (cold cache, 375 px):');
    for (const query of values.query) await firstQuery(browser, server.url, query);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values['demo-only']) process.exit(0);
let largeDist = values['large-dist'];
if (!largeDist) {
  let content = values['large-content'];
  if (!content) {
    content = path.join(scratch, 'large-content');
    run('scripts/generate-corpus.ts', ['--preset', 'large', '--out', content]);
  }
  largeDist = build(content, 'large');
}
printIndex('large site', await buildSearchIndex(largeDist, undefined, settings));

const server = await serveDir(path.resolve(largeDist));
const browser = await launchChromium();
try {
  console.log('large site, first query in Chromium (cold cache, 375 px):');
  for (const query of values.query) await firstQuery(browser, server.url, query);
} finally {
  await browser.close();
  await server.close();
}
