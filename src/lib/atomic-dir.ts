import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A fresh sibling folder to build into, on the same file system so the final move is a rename.
 * `("dist", 4242)` → `".dist.build-4242"`
 */
export function stagingDirFor(finalDir: string, id: number | string = process.pid): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.build-${id}`);
}

/**
 * Puts a finished build in place of the published folder. The old folder is moved aside first and
 * deleted only after the new one is in place; if the swap fails, the old folder is put back.
 */
export function replaceDir(stagingDir: string, finalDir: string): void {
  const previous = `${stagingDir}.previous`;
  const hadPrevious = existsSync(finalDir);
  if (hadPrevious) renameSync(finalDir, previous);
  try {
    renameSync(stagingDir, finalDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, finalDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
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
 * Deletes staging folders left by builds that were killed (their process is gone), so an
 * interrupted build leaves no debris after the next one. Returns the folders removed.
 */
export function removeStaleStagingDirs(finalDir: string): string[] {
  const parent = path.dirname(finalDir);
  const prefix = `.${path.basename(finalDir)}.build-`;
  const stale = (existsSync(parent) ? readdirSync(parent) : [])
    .filter((name) => name.startsWith(prefix))
    .filter((name) => !isRunning(Number.parseInt(name.slice(prefix.length), 10)));
  for (const name of stale) rmSync(path.join(parent, name), { recursive: true, force: true });
  return stale.map((name) => path.join(parent, name));
}
