import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertSucceeded, runCommand, type CommandRun } from './run-command.ts';

/** Where Hexo is installed for the bench: outside the project, so it never enters its dependencies. */
export const HEXO_PREFIX = '/tmp/gsl-bench-hexo';

/** Hexo 8 with its default theme (landscape) and the plugins `hexo init` would list, pinned. */
const PACKAGES = [
  'hexo@8.1.2', 'hexo-cli@4.3.2', 'hexo-renderer-marked@7.0.1', 'hexo-renderer-ejs@2.0.0', 'hexo-renderer-stylus@3.0.1',
  'hexo-generator-index@4.0.0', 'hexo-generator-archive@2.0.0', 'hexo-generator-category@2.0.0', 'hexo-generator-tag@2.0.0',
  'hexo-theme-landscape@1.1.0',
];

const CONFIG = `title: 锦川市工商联（Hexo 对照）
language: zh-CN
url: http://example.com
permalink: :year/:title/
source_dir: source
public_dir: public
theme: landscape
per_page: 10
`;

function dependencies(): Record<string, string> {
  return Object.fromEntries(PACKAGES.map((spec) => [spec.slice(0, spec.lastIndexOf('@')), spec.slice(spec.lastIndexOf('@') + 1)]));
}

/** Installs Hexo into `HEXO_PREFIX` with npm unless it is already there. */
export async function installHexo(log: (message: string) => void): Promise<void> {
  if (existsSync(path.join(HEXO_PREFIX, 'node_modules', 'hexo-theme-landscape', 'package.json'))) return;
  log(`installing Hexo into ${HEXO_PREFIX} …`);
  mkdirSync(HEXO_PREFIX, { recursive: true });
  writeFileSync(path.join(HEXO_PREFIX, 'package.json'), `${JSON.stringify({ name: 'gsl-bench-hexo', private: true }, null, 2)}\n`);
  const run = await runCommand('npm', ['install', '--prefix', HEXO_PREFIX, '--no-audit', '--no-fund', '--ignore-scripts', ...PACKAGES], { cwd: HEXO_PREFIX });
  assertSucceeded(run, 'npm install hexo');
}

/** Lays out a Hexo site in `siteDir` with the given posts (file name → Markdown). */
export function setUpHexoSite(siteDir: string, posts: ReadonlyMap<string, string>): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(path.join(siteDir, 'source', '_posts'), { recursive: true });
  // Hexo loads the plugins its package.json lists, from the site's own node_modules.
  writeFileSync(path.join(siteDir, 'package.json'), `${JSON.stringify({ name: 'gsl-bench-hexo-site', private: true, hexo: { version: '8.1.2' }, dependencies: dependencies() }, null, 2)}\n`);
  writeFileSync(path.join(siteDir, '_config.yml'), CONFIG);
  symlinkSync(path.join(HEXO_PREFIX, 'node_modules'), path.join(siteDir, 'node_modules'));
  for (const [name, text] of posts) writeFileSync(path.join(siteDir, 'source', '_posts', name), text);
}

/** Times `hexo generate`; a cold run first removes Hexo's cache (db.json) and output with `hexo clean`. */
export async function buildHexo(siteDir: string, cold: boolean): Promise<CommandRun> {
  const hexo = path.join(HEXO_PREFIX, 'node_modules', 'hexo-cli', 'bin', 'hexo');
  if (cold) assertSucceeded(await runCommand(process.execPath, [hexo, 'clean'], { cwd: siteDir }), 'hexo clean');
  const run = await runCommand(process.execPath, [hexo, 'generate'], { cwd: siteDir });
  assertSucceeded(run, 'hexo generate');
  return run;
}
