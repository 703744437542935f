import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The id of the one folder a build is made in. It never changes: builds of a project take turns (build-lock.ts), and
 * Astro writes its output folder into the build, so its incremental cache reuses pages only when that folder is the
 * same as last time (a folder per process id made every page render again).
 */
export const BUILD_STAGING_ID = 0;

/**
 * The sibling folder to build into, on the same file system so the final move is a rename.
 * `("dist")` → `".dist.build-0"`; `("dist", 4242)` → `".dist.build-4242"` (names older versions used per process).
 */
export function stagingDirFor(finalDir: string, id: number | string = BUILD_STAGING_ID): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.build-${id}`);
}

/**
 * Where the published folder waits while a finished build is moved in: one fixed name, so a build that
 * was killed between the two renames leaves it where the next build looks for it (`recoverInterruptedSwap`).
 * `"/srv/site/dist"` → `"/srv/site/.dist.previous"`
 */
export function previousDirFor(finalDir: string): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.previous`);
}

/** A folder on its way to deletion: `("/srv/site/dist", 7)` → `"/srv/site/.dist.trash-7"`. */
export function trashDirFor(finalDir: string, id: number | string = process.pid): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.trash-${id}`);
}

/** Deletes a folder by first renaming it to a trash name, so a half-deleted folder never keeps a name that means something. */
export function discardDir(dir: string, finalDir: string): void {
  const trash = trashDirFor(finalDir);
  renameSync(dir, trash);
  rmSync(trash, { recursive: true, force: true });
}

/**
 * discardDir without waiting for the deletion: a detached process deletes the folder (the old site of the large
 * benchmark, 33,000 files, took 3 s to delete, after the new one was already in place). The folder is renamed to the
 * trash name of that process's id before it is told the name, so while it runs no other build touches it, and should
 * it be stopped, the next build deletes the rest (`removeStaleStagingDirs`). Without a process, deletes it here.
 */
export function discardDirInBackground(dir: string, finalDir: string): void {
  const script = 'let p = ""; process.stdin.on("data", (d) => (p += d)).on("end", () => { try { require("node:fs").rmSync(p, { recursive: true, force: true }); } catch {} });';
  const deleter = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  if (deleter.pid === undefined) return discardDir(dir, finalDir);
  // A deleter that cannot be told a name gets an empty one and simply ends; the folder then waits for the next build.
  deleter.on('error', () => undefined);
  const trash = trashDirFor(finalDir, deleter.pid);
  try {
    renameSync(dir, trash);
  } finally {
    deleter.stdin?.end(existsSync(trash) ? trash : '');
    deleter.unref();
  }
}

/** The moments of a swap, after each rename: a test stops the process there to prove the next build recovers. */
export type SwapStep = 'moved-aside' | 'moved-in';

/**
 * Puts a finished build in place of the published folder: the old folder is renamed to `previousDirFor`,
 * the new one renamed in, and only then the old one discarded. If the second rename fails, the old folder
 * is put back before the error is rethrown.
 */
export function replaceDir(stagingDir: string, finalDir: string, onStep?: (step: SwapStep) => void, discard: typeof discardDir = discardDir): void {
  const previous = previousDirFor(finalDir);
  const hadPrevious = existsSync(finalDir);
  if (hadPrevious) {
    renameSync(finalDir, previous);
    onStep?.('moved-aside');
  }
  try {
    renameSync(stagingDir, finalDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, finalDir);
    throw error;
  }
  onStep?.('moved-in');
  if (hadPrevious) discard(previous, finalDir);
}

/** Whether a process id still runs (a build that holds its staging folder or the build lock). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the staging and trash folders left by builds that were killed (their process is gone), so an
 * interrupted build leaves no debris after the next one. Never touches the published folder or the one
 * waiting as `previousDirFor`. Returns the folders removed.
 */
export function removeStaleStagingDirs(finalDir: string): string[] {
  const parent = path.dirname(finalDir);
  const base = path.basename(finalDir);
  const owner = (name: string) => {
    for (const kind of ['build', 'trash']) {
      const prefix = `.${base}.${kind}-`;
      const id = name.slice(prefix.length);
      if (name.startsWith(prefix) && /^[0-9]+$/.test(id)) return Number.parseInt(id, 10);
    }
    return undefined;
  };
  const stale = (existsSync(parent) ? readdirSync(parent) : []).filter((name) => {
    const pid = owner(name);
    // The build's own staging folder is cleared by the build itself, under the lock (scripts/build.ts).
    return pid !== undefined && pid !== BUILD_STAGING_ID && !isRunning(pid);
  });
  for (const name of stale) rmSync(path.join(parent, name), { recursive: true, force: true });
  return stale.map((name) => path.join(parent, name));
}
