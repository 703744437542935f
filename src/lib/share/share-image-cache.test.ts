import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openShareImageCache } from './share-image-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openShareImageCache', () => {
  it('places nothing for a key it has never stored', () => {
    expect(openShareImageCache(dir).place('ab12', path.join(dir, 'out/ab12.png'))).toBe(false);
  });

  it('places the very bytes it stored, from a folder named by the key\'s first two characters', () => {
    const cache = openShareImageCache(dir);
    cache.write('cd34', Uint8Array.of(0x89, 0x50, 0x4e, 0x47));
    expect(cache.place('cd34', path.join(dir, 'out/share/card.png'))).toBe(true);
    expect([...readFileSync(path.join(dir, 'out/share/card.png'))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(readdirSync(path.join(dir, 'cd'))).toEqual(['cd34.png']);
  });
});
