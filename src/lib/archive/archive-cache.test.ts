import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchiveCache } from './archive-cache.ts';

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

