import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where rendered PNGs are kept between builds, by cache key; `node_modules/.cache` survives `dist/` being wiped. */
export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'gsl-share');
}

/** A folder of PNGs named by the hash of everything that made them. */
export interface ShareImageCache {
  read(key: string): Buffer | undefined;
  write(key: string, png: Uint8Array): void;
}

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….png`. */
export function openShareImageCache(dir: string): ShareImageCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.png`);
  return {
    read(key) {
      try {
        return readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
    },
    write(key, png) {
      const file = fileOf(key);
      mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename, so a build stopped half-way never leaves a truncated PNG under a valid key.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, file);
    },
  };
}
