import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildCacheDir, openKeyedFileCache, writeFileAtomically, writeNewFile } from './file-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-file-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildCacheDir', () => {
  const saved = process.env['GSL_SHARE_CACHE_DIR'];
  afterEach(() => {
    if (saved === undefined) delete process.env['GSL_SHARE_CACHE_DIR'];
    else process.env['GSL_SHARE_CACHE_DIR'] = saved;
  });

  it('lives in node_modules/.cache, which survives dist/ being wiped', () => {
    delete process.env['GSL_SHARE_CACHE_DIR'];
    delete process.env['GSL_ARCHIVE_CACHE_DIR'];
    expect(buildCacheDir('share', '/work/site')).toBe('/work/site/node_modules/.cache/gsl-share');
    expect(buildCacheDir('archives', '/work/site')).toBe('/work/site/node_modules/.cache/gsl-archives');
  });

  it('follows its environment variable, relative to the project', () => {
    process.env['GSL_SHARE_CACHE_DIR'] = 'elsewhere/share';
    expect(buildCacheDir('share', '/work/site')).toBe('/work/site/elsewhere/share');
  });
});

describe('openKeyedFileCache', () => {
  it('reads back what it wrote under key and extension, and nothing for an unknown key', () => {
    const cache = openKeyedFileCache(dir);
    cache.write('abcdef', 'zip', Buffer.from('zip bytes'));
    expect(cache.read('abcdef', 'zip')?.toString()).toBe('zip bytes');
    expect(cache.read('abcdef', 'pdf')).toBeUndefined();
    expect(cache.read('ffffff', 'zip')).toBeUndefined();
  });

  it('places a cached file in the output without the output ever writing into the cached copy', () => {
    const cache = openKeyedFileCache(dir);
    cache.write('123456', 'zip', Buffer.from('cached'));
    const out = path.join(dir, 'site', 'archives', 'a.zip');
    expect([cache.place('123456', 'zip', out), cache.place('999999', 'zip', out), cache.size('123456', 'zip'), cache.size('999999', 'zip')]).toEqual([true, false, 6, undefined]);
    cache.place('123456', 'zip', out);
    expect(readFileSync(out, 'utf8')).toBe('cached');
    // The next build writes a new file at the same name (a hard link, where the cache shares the file system).
    writeNewFile(out, 'new bytes');
    expect([readFileSync(out, 'utf8'), cache.read('123456', 'zip')?.toString()]).toEqual(['new bytes', 'cached']);
    // And a new cache entry under the key never changes what was placed before.
    cache.place('123456', 'zip', out);
    cache.write('123456', 'zip', Buffer.from('rewritten'));
    expect(readFileSync(out, 'utf8')).toBe('cached');
  });

  it('leaves no temporary file behind', () => {
    const file = path.join(dir, 'atomic', 'x.json');
    writeFileAtomically(file, '{}');
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(path.dirname(file))).toEqual(['x.json']);
  });
});
