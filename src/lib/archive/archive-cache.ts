import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where printed PDFs and written ZIPs are kept between builds; `node_modules/.cache` survives `dist/` being wiped. */
export function defaultArchiveCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'gsl-archives');
}

/** A folder of files named by the hash of everything that made them. */
export interface ArchiveCache {
  read(key: string, extension: 'pdf' | 'zip'): Buffer | undefined;
  write(key: string, extension: 'pdf' | 'zip', data: Uint8Array): void;
}

/** Opens the cache folder (created on first write): `<dir>/ab/abcdef….zip`. */
export function openArchiveCache(dir: string): ArchiveCache {
  const fileOf = (key: string, extension: string) => path.join(dir, key.slice(0, 2), `${key}.${extension}`);
  return {
    read(key, extension) {
      try {
        return readFileSync(fileOf(key, extension));
      } catch {
        return undefined;
      }
    },
    write(key, extension, data) {
      const file = fileOf(key, extension);
      mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename, so a build stopped half-way never leaves a truncated file under a valid key.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, data);
      renameSync(partial, file);
    },
  };
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
