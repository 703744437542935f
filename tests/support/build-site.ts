import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderCacheDir } from '../../src/lib/paths.ts';

/** Result of building a content tree with `npm run build`'s own script. */
export interface BuiltSite {
  dist: string;
  status: number;
  output: string;
}

/**
 * Builds a content tree into a fresh temporary folder through scripts/build.ts, exactly as
 * `npm run build` does. `env` adds variables such as GSL_NOW.
 */
export function buildSite(contentDir = 'content', env: Record<string, string> = {}): BuiltSite {
  const dist = path.join(mkdtempSync(path.join(tmpdir(), 'gsl-site-')), 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, GSL_CONTENT_DIR: contentDir, GSL_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { dist, status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** A copy of a fixture tree in a new temporary folder, for a test that changes it; `removeContentCopies` deletes them. */
const copies: string[] = [];
export function copyContentTree(fixture: string, prefix = 'gsl-content-'): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'content');
  cpSync(fixture, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/**
 * Deletes the copies and the render caches their builds left in node_modules/.astro (one per content path,
 * so a temporary tree's cache would otherwise stay behind after every test run).
 */
export function removeContentCopies(): void {
  for (const dir of copies.splice(0)) {
    rmSync(path.dirname(dir), { recursive: true, force: true });
    rmSync(renderCacheDir(dir), { recursive: true, force: true });
  }
}

