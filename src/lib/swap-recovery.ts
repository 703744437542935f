import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { discardDir, previousDirFor } from './atomic-dir.ts';

/** What `recoverInterruptedSwap` found and did. */
export type Recovery =
  /** No swap was interrupted. */
  | { kind: 'none' }
  /** Killed between the two renames: the published folder was missing and has been put back. */
  | { kind: 'restored'; from: string }
  /** Killed after the new build was in place: the superseded folder has been deleted. */
  | { kind: 'finished'; discarded: string }
  /** Both were there but the published one has no index.html: the old one is back, the other kept aside. */
  | { kind: 'kept-aside'; from: string; keptAside: string };

/**
 * Folders a killed swap may have left with the old site in them: `.dist.previous`, and the name builds
 * before it used (`.dist.build-<pid>.previous`), newest first.
 */
function waitingFolders(finalDir: string): string[] {
  const parent = path.dirname(finalDir);
  const legacy = new RegExp(`^\\.${path.basename(finalDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.build-[0-9]+\\.previous$`);
  const names = existsSync(parent) ? readdirSync(parent).filter((name) => legacy.test(name)) : [];
  const found = [previousDirFor(finalDir), ...names.map((name) => path.join(parent, name))].filter((dir) => existsSync(dir));
  return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/**
 * Run before a build touches anything: undoes what a swap killed halfway left behind, so the published site
 * is whole again. A rename is all or nothing, so a folder that went through one is complete; the only
 * question is which of the two is the published one.
 * dist/ missing, `.dist.previous` present → `{ kind: "restored" }` and dist/ is the old site again
 */
export function recoverInterruptedSwap(finalDir: string): Recovery {
  const [waiting, ...older] = waitingFolders(finalDir);
  if (!waiting) return { kind: 'none' };
  for (const dir of older) discardDir(dir, finalDir);
  if (!existsSync(finalDir)) {
    renameSync(waiting, finalDir);
    return { kind: 'restored', from: waiting };
  }
  if (existsSync(path.join(finalDir, 'index.html'))) {
    discardDir(waiting, finalDir);
    return { kind: 'finished', discarded: waiting };
  }
  // Something else made dist/ while the old site waited aside: keep both, publish the one known to be a site.
  const keptAside = `${finalDir}.unrecognised-${Date.now()}`;
  renameSync(finalDir, keptAside);
  renameSync(waiting, finalDir);
  return { kind: 'kept-aside', from: waiting, keptAside };
}

/**
 * Which folder is published right now, as device and inode: a failed build may say the site is unchanged
 * only when this is the same before and after. `"dist"` → `"2049:1837261"`; a missing folder → `null`
 */
export function publishedIdentity(finalDir: string): string | null {
  try {
    const stat = statSync(finalDir);
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}
