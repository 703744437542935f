import { createHash } from 'node:crypto';
import { openKeyedFileCache, type KeyedFileCache } from '../file-cache.ts';

/** Printed PDFs and written ZIPs, named by the hash of everything that made them (`buildCacheDir("archives")`). */
export type ArchiveCache = KeyedFileCache<'pdf' | 'zip'>;

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….zip`. */
export function openArchiveCache(dir: string): ArchiveCache {
  return openKeyedFileCache<'pdf' | 'zip'>(dir);
}

/**
 * Hex SHA-256 over a list of strings and byte arrays, each prefixed by its length so no two lists hash alike by
 * shifting a boundary. `["ab", "c"]` and `["a", "bc"]` → two different keys
 */
export function hashParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.byteLength}:`).update(bytes);
  }
  return hash.digest('hex');
}
