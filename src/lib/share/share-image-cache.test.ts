import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openShareImageCache } from './share-image-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openShareImageCache', () => {
  it('returns nothing for a key it has never stored', () => {
    expect(openShareImageCache(dir).read('ab12')).toBeUndefined();
  });

  it('returns the very bytes it stored, in a folder named by the key\'s first two characters', () => {
    const cache = openShareImageCache(dir);
    cache.write('cd34', Uint8Array.of(0x89, 0x50, 0x4e, 0x47));
    expect([...(cache.read('cd34') ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(readdirSync(path.join(dir, 'cd'))).toEqual(['cd34.png']);
  });
});
