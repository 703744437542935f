import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardDirInBackground, previousDirFor, removeStaleStagingDirs, replaceDir, stagingDirFor, trashDirFor, type SwapStep } from './atomic-dir.ts';

function folderWith(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}

describe('stagingDirFor', () => {
  it('names a hidden sibling of the output folder', () => {
    expect(stagingDirFor('/srv/site/dist', 7)).toBe('/srv/site/.dist.build-7');
  });
});

describe('replaceDir', () => {
  it('replaces the published folder with the finished build and removes the old one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    const staging = stagingDirFor(dist, 1);
    folderWith(dist, '旧');
    folderWith(staging, '新');
    replaceDir(staging, dist);
    expect([readFileSync(path.join(dist, 'index.html'), 'utf8'), existsSync(staging), existsSync(previousDirFor(dist))]).toEqual(['新', false, false]);
  });

  it('can leave deleting the old folder to a process of its own: the old name is free at once, the files go soon after', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    const staging = stagingDirFor(dist, 1);
    folderWith(dist, '旧');
    folderWith(staging, '新');
    replaceDir(staging, dist, undefined, discardDirInBackground);
    expect([readFileSync(path.join(dist, 'index.html'), 'utf8'), existsSync(staging), existsSync(previousDirFor(dist))]).toEqual(['新', false, false]);
    await expect.poll(() => readdirSync(root), { timeout: 10_000 }).toEqual(['dist']);
  });

  it('publishes a first build when there was no folder before', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    folderWith(stagingDirFor(dist, 2), '首次');
    replaceDir(stagingDirFor(dist, 2), dist);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('首次');
  });

  it('puts the old folder back when the new build cannot be moved in', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    folderWith(dist, '旧');
    expect(() => replaceDir(path.join(root, 'missing'), dist)).toThrow();
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('旧');
  });

  it('reports each rename as it happens, the old folder set aside before the new one moves in', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    folderWith(dist, '旧');
    folderWith(stagingDirFor(dist, 3), '新');
    const seen: string[] = [];
    const look = (step: SwapStep) => seen.push(`${step}:${existsSync(dist) ? readFileSync(path.join(dist, 'index.html'), 'utf8') : '无'}`);
    replaceDir(stagingDirFor(dist, 3), dist, look);
    expect(seen).toEqual(['moved-aside:无', 'moved-in:新']);
  });
});

describe('removeStaleStagingDirs', () => {
  it('removes the staging folder of a build whose process is gone and keeps a running one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    const dead = stagingDirFor(dist, 2147483646);
    const alive = stagingDirFor(dist, process.pid);
    folderWith(dead, '残留');
    folderWith(alive, '进行中');
    expect(removeStaleStagingDirs(dist)).toEqual([dead]);
    expect([existsSync(dead), existsSync(alive)]).toEqual([false, true]);
  });

  it('removes a dead build’s trash but never the old site waiting aside, under either name it has had', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-atomic-'));
    const dist = path.join(root, 'dist');
    const trash = trashDirFor(dist, 2147483646);
    folderWith(trash, '删到一半');
    folderWith(previousDirFor(dist), '旧站');
    folderWith(`${stagingDirFor(dist, 2147483645)}.previous`, '旧版本留下的旧站');
    expect(removeStaleStagingDirs(dist)).toEqual([trash]);
    expect([existsSync(previousDirFor(dist)), existsSync(`${stagingDirFor(dist, 2147483645)}.previous`)]).toEqual([true, true]);
  });
});
