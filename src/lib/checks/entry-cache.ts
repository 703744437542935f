import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir, writeFileAtomically } from '../file-cache.ts';
import { codeFingerprint } from '../source-fingerprint.ts';
import { pathKey } from '../paths.ts';
import type { ContentFile } from './content-files.ts';
import type { LoadedEntry } from './entry.ts';

/** What a check run keeps of each file between runs, keyed by the file's bytes. */
export interface EntryCache {
  /** The entry as last inspected, without its absolute path (the tree may have moved since). */
  get(file: ContentFile, source: string): Omit<LoadedEntry, 'absPath'> | undefined;
  set(file: ContentFile, source: string, entry: LoadedEntry): void;
  /** Files looked at this run whose result came from the cache, and those inspected anew. */
  readonly stats: { reused: number; inspected: number };
  /** Writes what this run saw (files no longer in the tree are dropped); nothing when nothing changed. */
  save(): void;
}

type Stored = Omit<LoadedEntry, 'absPath' | 'anchors'> & { anchors: string[] | null };
interface CacheFile {
  fingerprint: string;
  entries: Record<string, { key: string; entry: Stored }>;
}

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The code fingerprint (source-fingerprint.ts) of the checker: checks/index.ts and every module it imports (the
 * schemas, outline, honour, HTML policy and font code among them), and package-lock.json (remark, yaml, zod and the
 * rest of the parsers). Any change there re-inspects every file.
 */
export function checkerFingerprint(root: string = PROJECT): string {
  const lock = path.join(root, 'package-lock.json');
  return codeFingerprint({ root, modules: [path.join(root, 'src/lib/checks/index.ts')], extra: existsSync(lock) ? [readFileSync(lock)] : [] });
}

const keyOf = (file: ContentFile, source: string) =>
  createHash('sha256').update(`${file.kind}\0${file.rel}\0${file.yearFolder ?? ''}\0`).update(source).digest('hex');

/**
 * Opens the cache kept in `cacheFile` (one JSON file per content tree). A missing, unreadable or outdated file
 * is an empty cache: the check then inspects every file, as without a cache. Saving is atomic, so an interrupted
 * run never leaves half a cache.
 */
export function openEntryCache(cacheFile: string, fingerprint: string = checkerFingerprint()): EntryCache {
  let previous: CacheFile['entries'] = {};
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    if (stored.fingerprint === fingerprint) previous = stored.entries;
  } catch {
    // No cache yet, or not readable: start empty.
  }
  const next: CacheFile['entries'] = {};
  const stats = { reused: 0, inspected: 0 };
  return {
    stats,
    get(file, source) {
      const key = keyOf(file, source);
      const hit = previous[file.rel];
      if (!hit || hit.key !== key) return undefined;
      next[file.rel] = hit;
      stats.reused += 1;
      const { anchors, ...rest } = hit.entry;
      return { ...rest, anchors: anchors === null ? null : new Set(anchors) };
    },
    set(file, source, entry) {
      const { absPath: _absPath, anchors, ...rest } = entry;
      next[file.rel] = { key: keyOf(file, source), entry: { ...rest, anchors: anchors === null ? null : [...anchors] } };
      stats.inspected += 1;
    },
    save() {
      if (stats.inspected === 0 && Object.keys(previous).length === stats.reused) return;
      writeFileAtomically(cacheFile, JSON.stringify({ fingerprint, entries: next } satisfies CacheFile));
    },
  };
}

/**
 * Where a content tree's check cache lives: one file per content path in `buildCacheDir("check")`.
 * `("content")` → `"<project>/node_modules/.cache/gsl-check/_work_site_content.json"`
 */
export function defaultCheckCacheFile(contentDir: string, root: string = process.cwd()): string {
  return path.join(buildCacheDir('check', root), `${pathKey(path.resolve(root, contentDir))}.json`);
}
