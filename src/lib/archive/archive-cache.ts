import { openKeyedFileCache, type KeyedFileCache } from '../file-cache.ts';

/** Printed PDFs and written ZIPs, named by the hash of everything that made them (`buildCacheDir("archives")`). */
export type ArchiveCache = KeyedFileCache<'pdf' | 'zip'>;

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….zip`. */
export function openArchiveCache(dir: string): ArchiveCache {
  return openKeyedFileCache<'pdf' | 'zip'>(dir);
}
