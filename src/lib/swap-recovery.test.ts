import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousDirFor, stagingDirFor } from './atomic-dir.ts';
import { publishedIdentity, recoverInterruptedSwap } from './swap-recovery.ts';

function folderWith(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}
const published = (dist: string) => readFileSync(path.join(dist, 'index.html'), 'utf8');
const newDist = () => path.join(mkdtempSync(path.join(tmpdir(), 'gsl-recover-')), 'dist');

describe('recoverInterruptedSwap', () => {
  it('does nothing when no swap was interrupted', () => {
    const dist = newDist();
    folderWith(dist, '旧站');
    expect([recoverInterruptedSwap(dist), published(dist)]).toEqual([{ kind: 'none' }, '旧站']);
  });

  it('puts the old site back when a build was killed after moving it aside', () => {
    const dist = newDist();
    folderWith(previousDirFor(dist), '旧站');
    expect(recoverInterruptedSwap(dist)).toEqual({ kind: 'restored', from: previousDirFor(dist) });
    expect([published(dist), existsSync(previousDirFor(dist))]).toEqual(['旧站', false]);
  });

  it('restores the old site from the name earlier versions of the build gave it', () => {
    const dist = newDist();
    folderWith(`${stagingDirFor(dist, 4242)}.previous`, '旧站');
    expect(recoverInterruptedSwap(dist).kind).toBe('restored');
    expect([published(dist), readdirSync(path.dirname(dist))]).toEqual(['旧站', ['dist']]);
  });

  it('finishes a swap killed after the new site was moved in, deleting only the superseded one', () => {
    const dist = newDist();
    folderWith(previousDirFor(dist), '旧站');
    folderWith(dist, '新站');
    expect(recoverInterruptedSwap(dist).kind).toBe('finished');
    expect([published(dist), readdirSync(path.dirname(dist))]).toEqual(['新站', ['dist']]);
  });

  it('keeps a dist/ without index.html aside instead of deleting either folder', () => {
    const dist = newDist();
    folderWith(previousDirFor(dist), '旧站');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'notes.txt'), '手工放的');
    const recovery = recoverInterruptedSwap(dist);
    expect(recovery.kind).toBe('kept-aside');
    if (recovery.kind !== 'kept-aside') return;
    expect([published(dist), readFileSync(path.join(recovery.keptAside, 'notes.txt'), 'utf8')]).toEqual(['旧站', '手工放的']);
  });
});

describe('publishedIdentity', () => {
  it('stays the same while the folder stays, changes when another folder takes its name, and is null when none is there', () => {
    const dist = newDist();
    expect(publishedIdentity(dist)).toBeNull();
    folderWith(dist, '旧站');
    const before = publishedIdentity(dist);
    writeFileSync(path.join(dist, 'index.html'), '改过');
    expect(publishedIdentity(dist)).toBe(before);
    folderWith(`${dist}-new`, '新站');
    renameSync(dist, `${dist}-old`);
    renameSync(`${dist}-new`, dist);
    expect(publishedIdentity(dist)).not.toBe(before);
  });
});
