import { openKeyedFileCache } from '../file-cache.ts';

/** A folder of PNGs named by the hash of everything that made them (`buildCacheDir("share")` by default). */
export interface ShareImageCache {
  /** Puts the cached PNG at `file` (a hard link where it can: KeyedFileCache.place); false when there is none. */
  place(key: string, file: string): boolean;
  write(key: string, png: Uint8Array): void;
}

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….png`. */
export function openShareImageCache(dir: string): ShareImageCache {
  const files = openKeyedFileCache<'png'>(dir);
  return { place: (key, file) => files.place(key, 'png', file), write: (key, png) => files.write(key, 'png', png) };
}
