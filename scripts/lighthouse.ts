/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse's four categories on one page of every type, in the
 * standard mode and in 关怀版, with Lighthouse's mobile emulation and throttling, against dist/ served the way the CDN
 * serves it (our content types, cache rules and security headers). Prints a table and writes each JSON report to
 * test-results/lighthouse/. Not part of `npm test` and not run in CI: the numbers are for people to read.
 *
 * Lighthouse is a devDependency pinned by package-lock.json (12.8.2: it runs on Node 20 and 22 with Debian's Chromium;
 * 13.x needs Node 22.19 or newer), so every run measures with the same code.
 * 关怀版 is the reader's stored choice (localStorage gsl-care = 1), set in the browser's profile before Lighthouse
 * loads the page, with Lighthouse told not to clear storage.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../src/lib/archive/print-compilation.ts';
import { securityHeaders } from '../src/lib/deploy/headers.ts';
import { contentDir } from '../src/lib/paths.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { pageTypeUrls } from '../tests/support/page-types.ts';
import { serveDir } from '../tests/support/static-server.ts';
import { CATEGORIES, summarise, type LighthouseResult } from './lighthouse/summarise.ts';

const LIGHTHOUSE_CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
const lighthouseVersion = (JSON.parse(readFileSync(path.join(path.dirname(LIGHTHOUSE_CLI), '..', 'package.json'), 'utf8')) as { version: string }).version;
const CHROMIUM = chromiumPath();
const PORT = 9339;
const dist = path.resolve(process.argv[2] ?? process.env['GSL_OUT_DIR'] ?? 'dist');
const out = path.resolve('test-results/lighthouse');
mkdirSync(out, { recursive: true });

const server = await serveDir(dist, securityHeaders(loadSiteConfig(contentDir)));

// The pages to audit, found by a browser of their own (Lighthouse's must not be driven by a second client).
const finder = await launchChromium();
// Lighthouse refuses a page answered with 404, so the 404 page is audited as the file the CDN sends with it.
const urls = [...(await pageTypeUrls(await finder.newPage(), server.url)), '/search/'].map((url) => (url === '/no-such-page/' ? '/404.html' : url));
await finder.close();

const profile = mkdtempSync(path.join(tmpdir(), 'gsl-lighthouse-'));
const chrome = spawn(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${PORT}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
const devtools = `http://127.0.0.1:${PORT}`;

/** Waits until Chromium answers on its debugging port. */
async function debuggerReady(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(`${devtools}/json/version`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not open its debugging port ${PORT}`);
}

/**
 * Stores the reading mode for the site's origin in the browser's profile, as care.js does after a tap on 关怀版: a tab
 * on the site, one Runtime.evaluate over the DevTools protocol once the site's page is there, then the tab closed.
 */
async function setCare(on: boolean): Promise<void> {
  const target = (await (await fetch(`${devtools}/json/new?${server.url}/`, { method: 'PUT' })).json()) as { id: string; webSocketDebuggerUrl: string };
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  const evaluate = (expression: string, id: number) =>
    new Promise<unknown>((resolve) => {
      socket.addEventListener('message', (event) => {
        const reply = JSON.parse(String(event.data)) as { id?: number; result?: { result?: { value?: unknown } } };
        if (reply.id === id) resolve(reply.result?.result?.value);
      });
      socket.send(JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }));
    });
  for (let id = 1; (await evaluate('location.origin', id)) !== server.url; id += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  await evaluate(`localStorage.setItem('gsl-care', '${on ? '1' : '0'}')`, 1000);
  socket.close();
  await fetch(`${devtools}/json/close/${target.id}`);
}

/** Runs the pinned Lighthouse CLI without blocking: the pages it loads are served by this very process. */
function lighthouse(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [LIGHTHOUSE_CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

const rows: string[][] = [];
const lost: string[] = [];
try {
  await debuggerReady();
  for (const care of [false, true]) {
    const mode = care ? '关怀版' : '标准版';
    await setCare(care);
    for (const url of urls) {
      const file = path.join(out, `${url.replace(/\W+/g, '_')}${care ? '-care' : ''}.json`);
      // Lighthouse now and then loses its trace on a busy machine (NO_NAVSTART): such a run is tried again, twice at most.
      let run = { status: 1 as number | null, stderr: '' };
      for (let attempt = 0; attempt < 3 && run.status !== 0; attempt += 1) run = await lighthouse([`${server.url}${url}`, `--port=${PORT}`, '--output=json', `--output-path=${file}`, '--quiet', '--disable-storage-reset', `--only-categories=${CATEGORIES.join(',')}`]);
      if (run.status !== 0) throw new Error(`Lighthouse failed on ${url} (${mode}):\n${run.stderr}`);
      const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as LighthouseResult);
      rows.push([mode, url, ...CATEGORIES.map((c) => String(summary.scores[c]))]);
      lost.push(...summary.lost.map((l) => `${mode} ${url}  ${l}`));
      console.log(`${mode} ${url}  ${CATEGORIES.map((c) => summary.scores[c]).join(' / ')}`);
    }
  }
} finally {
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  chrome.kill();
  await exited;
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const header = ['模式', '页面', ...CATEGORIES];
console.log(`\nLighthouse ${lighthouseVersion}（移动端模拟，${CHROMIUM}）\n`);
console.log([header, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'));
console.log(lost.length ? `\n未满分的原因：\n${lost.join('\n')}` : '\n全部满分。');
console.log(`\nJSON 报告：${path.relative(process.cwd(), out)}/`);
