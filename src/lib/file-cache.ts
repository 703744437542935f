import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The build's caches: folder name under node_modules/.cache (which survives dist/ being wiped) and the variable that moves it. */
export const BUILD_CACHES = {
  share: { folder: 'gsl-share', variable: 'GSL_SHARE_CACHE_DIR' },
  archives: { folder: 'gsl-archives', variable: 'GSL_ARCHIVE_CACHE_DIR' },
  pagefind: { folder: 'gsl-pagefind', variable: 'GSL_PAGEFIND_CACHE_DIR' },
  check: { folder: 'gsl-check', variable: 'GSL_CHECK_CACHE_DIR' },
  build: { folder: 'gsl-build', variable: 'GSL_BUILD_CACHE_DIR' },
} as const;

export type BuildCache = keyof typeof BUILD_CACHES;

/**
 * Where one of the build's caches lives: its environment variable, else `<root>/node_modules/.cache/<folder>`.
 * `("share", "/work/site")` → `"/work/site/node_modules/.cache/gsl-share"`
 */
export function buildCacheDir(cache: BuildCache, root: string = process.cwd()): string {
  const { folder, variable } = BUILD_CACHES[cache];
  return path.resolve(root, process.env[variable] ?? path.join('node_modules', '.cache', folder));
}

/** Writes a temporary file beside `file` and renames it, so a build stopped half-way never leaves a truncated file. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/**
 * Writes a file of the output as a new file: whatever had the name is unlinked first. Output files may be hard links
 * to cache files (`KeyedFileCache.place`); writing into one in place would change the cached copy too.
 */
export function writeNewFile(file: string, data: string | Uint8Array): void {
  freeOutputName(file);
  writeFileSync(file, data);
}

/** Makes `file`'s folder and unlinks whatever has its name, so what comes next is a new file (writeNewFile, place). */
function freeOutputName(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
}

/** A folder of files named by the hash of everything that made them: `<dir>/ab/abcdef….<extension>`. */
export interface KeyedFileCache<E extends string = string> {
  read(key: string, extension: E): Buffer | undefined;
  /** Size in bytes of a cached file; undefined when there is none. */
  size(key: string, extension: E): number | undefined;
  /**
   * Puts a cached file at `file` of the output without writing its bytes again: a hard link where the cache and the
   * output share a file system (cache files are never changed in place: `write` renames a new file over the name),
   * else a copy. Returns false when the cache has no such file.
   */
  place(key: string, extension: E, file: string): boolean;
  write(key: string, extension: E, data: Uint8Array): void;
}

/** Opens a keyed file cache (its folder is created on first write). */
export function openKeyedFileCache<E extends string = string>(dir: string): KeyedFileCache<E> {
  const fileOf = (key: string, extension: string) => path.join(dir, key.slice(0, 2), `${key}.${extension}`);
  return {
    read(key, extension) {
      try {
        return readFileSync(fileOf(key, extension));
      } catch {
        return undefined;
      }
    },
    size(key, extension) {
      try {
        return statSync(fileOf(key, extension)).size;
      } catch {
        return undefined;
      }
    },
    place(key, extension, file) {
      const cached = fileOf(key, extension);
      freeOutputName(file);
      try {
        linkSync(cached, file);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      }
      try {
        copyFileSync(cached, file);
        return true;
      } catch {
        return false;
      }
    },
    write: (key, extension, data) => writeFileAtomically(fileOf(key, extension), data),
  };
}
