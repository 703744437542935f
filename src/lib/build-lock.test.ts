import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from './build-lock.ts';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'gsl-lock-')), '.astro', 'build.lock');

describe('acquireBuildLock', () => {
  it('takes a free lock at once, records its process and removes it on release', async () => {
    const lock = lockIn();
    const release = await acquireBuildLock(lock, () => {});
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a build that was killed', async () => {
    const lock = lockIn();
    await acquireBuildLock(lock, () => {});
    writeFileSync(lock, '2147483646');
    const waited: number[] = [];
    const release = await acquireBuildLock(lock, (pid) => waited.push(pid));
    expect([waited, readFileSync(lock, 'utf8')]).toEqual([[], String(process.pid)]);
    release();
  });

  it('waits while another running build holds the lock', async () => {
    const lock = lockIn();
    const releaseFirst = await acquireBuildLock(lock, () => {});
    const waited: number[] = [];
    const second = acquireBuildLock(lock, (pid) => waited.push(pid), 20);
    await new Promise((r) => setTimeout(r, 100));
    expect(waited).toEqual([process.pid]);
    releaseFirst();
    const releaseSecond = await second;
    expect(existsSync(lock)).toBe(true);
    releaseSecond();
  });
});
