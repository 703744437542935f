import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * The one rule for the code part of every cache key (rendered Markdown, the content check, share images, the search
 * index, year bundles): the modules that make the cached thing and every project module they import, the versions of
 * the packages that write its bytes, and any other bytes it depends on (fonts, WebAssembly).
 */

/**
 * Hex SHA-256 over a list of strings and byte arrays, each prefixed by its kind and length so no two lists hash alike
 * by shifting a boundary. `["ab", "c"]` and `["a", "bc"]` → two different keys
 */
export function hashParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.byteLength}:`).update(bytes);
  }
  return hash.digest('hex');
}

// A statement that starts a line: `import … from '../x.ts'`, `export … from './x.ts'` or `import './x.ts'` (our own
// sources are TypeScript written that way; doc comments, which start with `*`, never match).
const RELATIVE_IMPORT = /^\s*(?:import|export)\b(?:[^;'"]*?\bfrom)?\s*'(\.{1,2}\/[^']+\.ts)'/gm;

/**
 * The project modules some entry modules run: themselves and every module they import through relative `.ts`
 * import statements, sorted. `["/p/src/lib/remark-outline.ts"]` →
 * `["/p/src/lib/mdast-text.ts", "/p/src/lib/outline.ts", "/p/src/lib/remark-outline.ts", "/p/src/lib/slug.ts"]`
 */
export function listModuleSources(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) visit(path.resolve(path.dirname(file), spec!));
  };
  for (const entry of entries) visit(path.resolve(entry));
  return [...seen].sort();
}

/**
 * The installed version of a package, found the way Node finds it from `fromDir` (also for packages that export no
 * package.json). `("satori", "/p")` → `"0.63.2"`
 */
export function packageVersion(name: string, fromDir: string): string {
  const lookup = createRequire(path.join(fromDir, 'package.json')).resolve.paths(name) ?? [];
  const manifest = lookup.map((dir) => path.join(dir, name, 'package.json')).find((file) => existsSync(file));
  if (!manifest) throw new Error(`package ${name} is not installed`);
  return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
}

/** What decides a cache's contents besides its own inputs. */
export interface CodeInputs {
  /** Entry modules (absolute paths); every project module they import counts too. */
  modules: readonly string[];
  /** Packages whose versions count, looked up from `root`. */
  packages?: readonly string[];
  /** The project root: module names in the key are relative to it, packages are found from it. */
  root: string;
  /** Other bytes or strings the contents depend on: font files, WebAssembly, a Chromium version. */
  extra?: ReadonlyArray<string | Uint8Array>;
}

/**
 * The fingerprint of the code that makes a cache's contents; part of its key, so a change to any of that code, a
 * package update or a new font makes it anew, and a change elsewhere does not.
 * `codeFingerprint({ root, modules: [".../build-index.ts"], packages: ["pagefind"] })` → `"3f9a…"` (64 hex digits)
 */
export function codeFingerprint(inputs: CodeInputs): string {
  const sources = listModuleSources(inputs.modules).flatMap((file) => [path.relative(inputs.root, file).split(path.sep).join('/'), readFileSync(file)]);
  const packages = (inputs.packages ?? []).map((name) => `${name}@${packageVersion(name, inputs.root)}`);
  return hashParts([...sources, ...packages, `node-zlib@${process.versions.zlib ?? ''}`, ...(inputs.extra ?? [])]);
}
