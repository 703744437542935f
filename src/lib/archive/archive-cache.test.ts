import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashParts, openArchiveCache } from './archive-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-archive-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openArchiveCache', () => {
  it('returns nothing for a key it has never stored', () => {
    expect(openArchiveCache(dir).read('ab12', 'pdf')).toBeUndefined();
  });

  it('returns the very bytes it stored, by key and kind, in a folder named by the key’s first two characters', () => {
    const cache = openArchiveCache(dir);
    cache.write('cd34', 'zip', Buffer.from('PK\x03\x04锦川', 'utf8'));
    expect(cache.read('cd34', 'zip')?.toString('utf8')).toBe('PK\x03\x04锦川');
    expect(cache.read('cd34', 'pdf')).toBeUndefined();
    expect(readdirSync(path.join(dir, 'cd'))).toEqual(['cd34.zip']);
  });
});

describe('hashParts', () => {
  it('gives the same key for the same parts', () => {
    expect(hashParts(['2024-01-18', Buffer.from('<h1>工作报告</h1>')])).toBe(hashParts(['2024-01-18', Buffer.from('<h1>工作报告</h1>')]));
  });

  it('tells parts apart even when their concatenation is the same', () => {
    expect(hashParts(['年度', '汇编'])).not.toBe(hashParts(['年', '度汇编']));
  });

  it('tells a string from the same bytes given as a byte array', () => {
    expect(hashParts(['汇编'])).not.toBe(hashParts([Buffer.from('汇编')]));
  });
});
