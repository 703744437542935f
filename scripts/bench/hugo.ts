import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertSucceeded, runCommand, type CommandRun } from './run-command.ts';

const CONFIG = `baseURL = 'http://example.com/'
languageCode = 'zh-cn'
title = '锦川市工商联（Hugo 对照）'
`;

const PAGE = (main: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>${main}</body></html>
`;

/** A minimal layout: one page template, one list template, nothing else. */
const LAYOUTS: Record<string, string> = {
  '_default/single.html': PAGE('<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>'),
  '_default/list.html': PAGE('<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'),
  'index.html': PAGE('<ul>{{ range first 20 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'),
};

/** Installs Debian's hugo with apt-get if it is not on the PATH; returns its version line. */
export async function installHugo(log: (message: string) => void): Promise<string> {
  const probe = await runCommand('hugo', ['version'], { cwd: '/' }).catch(() => undefined);
  if (probe?.code === 0) return probe.lines[0]?.text ?? 'hugo';
  log('installing hugo with apt-get …');
  let install = await runCommand('apt-get', ['install', '-y', 'hugo'], { cwd: '/' });
  if (install.code !== 0) {
    assertSucceeded(await runCommand('apt-get', ['update'], { cwd: '/' }), 'apt-get update');
    install = await runCommand('apt-get', ['install', '-y', 'hugo'], { cwd: '/' });
  }
  assertSucceeded(install, 'apt-get install -y hugo');
  const version = await runCommand('hugo', ['version'], { cwd: '/' });
  return version.lines[0]?.text ?? 'hugo';
}

/** Lays out a Hugo site in `siteDir` with the given posts (file name → Markdown) under content/posts. */
export function setUpHugoSite(siteDir: string, posts: ReadonlyMap<string, string>): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(path.join(siteDir, 'content', 'posts'), { recursive: true });
  writeFileSync(path.join(siteDir, 'hugo.toml'), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(siteDir, 'layouts', file)), { recursive: true });
    writeFileSync(path.join(siteDir, 'layouts', file), text);
  }
  for (const [name, text] of posts) writeFileSync(path.join(siteDir, 'content', 'posts', name), text);
}

/** Times `hugo`; a cold run first removes its output and resource cache. */
export async function buildHugo(siteDir: string, cold: boolean): Promise<CommandRun> {
  if (cold) for (const dir of ['public', 'resources']) rmSync(path.join(siteDir, dir), { recursive: true, force: true });
  const run = await runCommand('hugo', ['--quiet', '--destination', 'public'], { cwd: siteDir });
  assertSucceeded(run, 'hugo');
  return run;
}
