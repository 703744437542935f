import { openKeyedFileCache } from '../file-cache.ts';

/** A folder of PNGs named by the hash of everything that made them (`buildCacheDir("share")` by default). */
export interface ShareImageCache {
  read(key: string): Buffer | undefined;
  write(key: string, png: Uint8Array): void;
}

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….png`. */
export function openShareImageCache(dir: string): ShareImageCache {
  const files = openKeyedFileCache<'png'>(dir);
  return { read: (key) => files.read(key, 'png'), write: (key, png) => files.write(key, 'png', png) };
}
