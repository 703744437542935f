import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './atomic-dir.ts';

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the project's build lock: Astro keeps intermediate files in the project (`.astro/`), so two
 * builds at once would break each other. Waits while another live build holds the lock; a lock left by
 * a killed build is taken over. Returns a function that releases it.
 */
export async function acquireBuildLock(lockFile: string, onWait: (pid: number) => void, pollMs = 500): Promise<() => void> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(lockFile);
    if (pid === undefined || !isRunning(pid)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (!announced) onWait(pid);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
