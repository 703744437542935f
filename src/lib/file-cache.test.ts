import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildCacheDir, openKeyedFileCache, writeFileAtomically } from './file-cache.ts';

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

  it('leaves no temporary file behind', () => {
    const file = path.join(dir, 'atomic', 'x.json');
    writeFileAtomically(file, '{}');
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(path.dirname(file))).toEqual(['x.json']);
  });
});
