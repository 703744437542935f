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
 * discardDir without waiting for the deletion: the folder is renamed to its trash name at once and a detached
 * process deletes it (the old site of the large benchmark, 33,000 files, took 3 s to delete, after the new one was
 * already in place). Should that process be stopped, the next build deletes the rest (`removeStaleStagingDirs`).
 */
export function discardDirInBackground(dir: string, finalDir: string): void {
  const trash = trashDirFor(finalDir);
  renameSync(dir, trash);
  const script = 'try { require("node:fs").rmSync(process.argv[1], { recursive: true, force: true }); } catch {}';
  spawn(process.execPath, ['-e', script, trash], { detached: true, stdio: 'ignore' }).unref();
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
  for (const name of stale) {
    try {
      rmSync(path.join(parent, name), { recursive: true, force: true });
    } catch {
      // A trash folder still being deleted by the detached process of discardDirInBackground: it finishes the job.
    }
  }
  return stale.map((name) => path.join(parent, name));
}
