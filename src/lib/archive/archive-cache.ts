import { openKeyedFileCache, type KeyedFileCache } from '../file-cache.ts';

/**
 * Printed PDFs, written ZIPs and what a year's bundle was made from (`.year`, build-archives.ts), named by the hash of
 * everything that made them (`buildCacheDir("archives")`).
 */
export type ArchiveCache = KeyedFileCache<'pdf' | 'zip' | 'year'>;

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….zip`. */
export function openArchiveCache(dir: string): ArchiveCache {
  return openKeyedFileCache<'pdf' | 'zip' | 'year'>(dir);
}
