/**
 * `npm run build`: checks the content, builds the whole site (pages, share images, search index, archives) into a
 * staging folder in a child process (scripts/build-pages.ts, with the build's Node flags), checks its links and
 * only then puts it in place of dist/. A failed or interrupted build leaves the previous dist/ as it was; a swap
 * killed halfway is undone by the next build before anything else. Every failure reaches the editor as one
 * Chinese line; the technical detail goes to BUILD_LOG_FILE.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildText } from '../src/i18n/build.ts';
import { CONTENT_CHECKED_ENV } from '../src/integrations/content-check.ts';
import { chromiumPath, NO_CHROMIUM, readChromiumVersion } from '../src/lib/archive/print-compilation.ts';
import { discardDirInBackground, previousDirFor, removeStaleStagingDirs, replaceDir, stagingDirFor } from '../src/lib/atomic-dir.ts';
import { buildInputsDigest, readBuildRecord, writeBuildRecord } from '../src/lib/build-inputs.ts';
import { acquireBuildLock } from '../src/lib/build-lock.ts';
import { checkContentTree, defaultCheckCacheFile, formatFindings, hasErrors } from '../src/lib/checks/index.ts';
import { displayPath, explainError, formatExplanation, type Explanation } from '../src/lib/explain-error.ts';
import { checkBuiltSite } from '../src/lib/link-check.ts';
import { runLoggedChild } from '../src/lib/logged-child.ts';
import { BUILD_NODE_FLAGS } from '../src/lib/node-flags.ts';
import { buildCacheDir } from '../src/lib/file-cache.ts';
import { contentDir, contentRoot } from '../src/lib/paths.ts';
import { buildTime } from '../src/lib/publish.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { publishedIdentity, recoverInterruptedSwap } from '../src/lib/swap-recovery.ts';
import { BUILD_LOG_FILE, openTechnicalLog, type TechnicalLog } from '../src/lib/technical-log.ts';
import type { PagesOutcome } from './build-pages.ts';

/** A failure whose lines for the editor have already been printed. */
class Reported extends Error {}

const finalDir = path.resolve(process.env['GSL_OUT_DIR'] ?? 'dist');
const shown = displayPath(finalDir, process.cwd());
const staging = stagingDirFor(finalDir);
const logFile = displayPath(BUILD_LOG_FILE, process.cwd());
let log: TechnicalLog | undefined;
let before: string | null = null;
let recovered = false;
const say = (line: string, toStderr = false) => {
  log?.write(`${line}\n`);
  (toStderr ? process.stderr : process.stdout).write(`${line}\n`);
};

/** The one true sentence about the published folder after a failure. */
function stateAfterFailure(): string {
  const after = publishedIdentity(finalDir);
  if (after === null && publishedIdentity(previousDirFor(finalDir)) !== null) return buildText.state.moved(shown);
  if (before === null && after === null) return buildText.state.neverPublished(shown);
  if (before !== null && before === after) return recovered ? buildText.state.restoredOnly(shown) : buildText.state.unchanged(shown);
  return buildText.state.moved(shown);
}

function fail(error: unknown, explanation?: Explanation, exitCode = 1): never {
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // Whatever stopped the build may stop this too (a file in the way, no permission); the next build retries.
  }
  if (!(error instanceof Reported)) {
    log?.writeError('scripts/build.ts:', error);
    say(`\n${formatExplanation(explanation ?? explainError(error))}`, true);
  }
  say(stateAfterFailure(), true);
  if (log?.opened && !(error instanceof Reported)) say(buildText.logFile(logFile), true);
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const releaseLock = await acquireBuildLock(path.resolve('.astro/build.lock'), (pid) => say(buildText.waiting(pid)));
  process.on('exit', releaseLock);
  log = openTechnicalLog(path.resolve(BUILD_LOG_FILE));
  const recovery = recoverInterruptedSwap(finalDir);
  recovered = recovery.kind === 'restored' || recovery.kind === 'kept-aside';
  if (recovery.kind === 'restored') say(buildText.recovery.restored(shown, displayPath(recovery.from, process.cwd())));
  if (recovery.kind === 'finished') say(buildText.recovery.finished(shown));
  if (recovery.kind === 'kept-aside') say(buildText.recovery.keptAside(shown, displayPath(recovery.keptAside, process.cwd())));
  removeStaleStagingDirs(finalDir);
  before = publishedIdentity(finalDir);

  const started = performance.now();
  const stats = { reused: 0, inspected: 0 };
  const findings = await checkContentTree(contentDir, { cacheFile: defaultCheckCacheFile(contentDir), stats });
  if (findings.length > 0) say(formatFindings(findings), hasErrors(findings));
  if (hasErrors(findings)) {
    say(`\n${buildText.check.failed}`, true);
    throw new Reported();
  }
  say(buildText.check.passed(Math.round(performance.now() - started), stats.inspected, stats.reused));
  const site = loadSiteConfig(contentDir);

  // Nothing the output depends on changed since this very dist/ was built: it is what this build would write.
  const recordDir = buildCacheDir('build');
  const printer = readChromiumVersion(chromiumPath());
  const inputs = buildInputsDigest({ projectRoot: process.cwd(), contentRoot, now: buildTime(), env: process.env, printer });
  const record = readBuildRecord(recordDir, finalDir);
  if (!process.argv.includes('--force') && record?.digest === inputs && record.identity === publishedIdentity(finalDir)) {
    say(buildText.unchanged(shown, ((performance.now() - started) / 1000).toFixed(1)));
    return;
  }

  // A staging folder left by a build that was killed: the lock is ours, so nobody else is writing it.
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // Vite reads these from the environment; a parent test runner sets them (DEV=1, MODE=test), which would turn
  // the production build into one that shows drafts.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', GSL_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1', [CONTENT_CHECKED_ENV]: path.resolve(contentDir) };
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[key];
  const pages = await runLoggedChild({ script: path.resolve('scripts/build-pages.ts'), args: process.argv.slice(2), nodeFlags: BUILD_NODE_FLAGS, env }, log, (text) => process.stdout.write(text));
  const outcome = pages.message as PagesOutcome | undefined;
  if (pages.stderrLines > 0 && outcome?.ok && log.opened) say(buildText.stderrLines(pages.stderrLines, logFile));
  if (!outcome?.ok) {
    const { errors } = buildText;
    const explanation = outcome?.explanation ?? { message: pages.signal ? errors.killed(pages.signal) : errors.exited(pages.code ?? 1) };
    fail(new Error(`scripts/build-pages.ts ended with code ${pages.code} signal ${pages.signal}`), explanation);
  }

  const broken = checkBuiltSite(staging, site.baseUrl);
  if (broken.length > 0) {
    say(`\n${buildText.brokenLinks(broken.length)}`, true);
    for (const b of broken.slice(0, 50)) say(buildText.brokenLink(b.page, b.link, b.reason === 'missing-anchor'), true);
    throw new Reported();
  }
  // The old site is out of the way at once; deleting its files need not hold up the editor.
  replaceDir(staging, finalDir, undefined, discardDirInBackground);
  // A build without Chromium made bundles without their PDFs: it is never taken for a finished one, so the next tries again.
  const identity = publishedIdentity(finalDir);
  if (identity !== null && printer !== NO_CHROMIUM) writeBuildRecord(recordDir, finalDir, { digest: inputs, identity });
  say(`\n${buildText.done(shown)}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    say(`\n${buildText.interrupted(signal)}`, true);
    fail(new Reported(), undefined, 130);
  });
}
try {
  await main();
} catch (error) {
  fail(error);
}
