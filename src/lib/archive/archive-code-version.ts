import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { hashParts } from './archive-cache.ts';

// The packages whose output lands in a bundle byte for byte: the ZIP writer, the font subsetter and its WebAssembly.
const PACKAGES = ['yazl/package.json', 'subset-font/package.json', 'playwright-core/package.json'];

/**
 * A hash of the code that turns a year's pages into its PDF and ZIP: this folder's sources (tests aside), the archive
 * strings, and the versions of the packages that write bytes. Part of every cache key, so changing the code re-makes
 * every bundle once.
 */
export function readArchiveCodeVersion(projectRoot: string): string {
  // From the project root rather than import.meta.url: Astro may load this module from a bundled copy of the config.
  const here = path.join(projectRoot, 'src/lib/archive');
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const sources = readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(here, name));
  const files = [...sources, path.join(projectRoot, 'src/i18n/archive.ts')];
  const packages = PACKAGES.map((name) => `${name}@${String((require(name) as { version?: unknown }).version)}`);
  const wasm = createRequire(require.resolve('subset-font')).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  return hashParts([...files.flatMap((file) => [path.basename(file), readFileSync(file)]), ...packages, readFileSync(wasm)]);
}
