import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codeFingerprint } from '../source-fingerprint.ts';

// The packages whose output lands in a bundle byte for byte: the ZIP writer, the font subsetter, the printer's driver and the PDF metadata writer.
const PACKAGES = ['yazl', 'subset-font', 'playwright-core', 'pdf-lib'];

/**
 * The code fingerprint (source-fingerprint.ts) of what turns a year's pages into its PDF and ZIP: build-archives.ts and
 * every module it imports (the archive strings included), the packages that write bytes, and the subsetter's
 * WebAssembly. Part of every bundle's cache key, so changing that code re-makes every bundle once.
 */
export function readArchiveCodeVersion(projectRoot: string): string {
  // From the project root rather than import.meta.url: Astro may load this module from a bundled copy of the config.
  const entry = path.join(projectRoot, 'src/lib/archive/build-archives.ts');
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const wasm = createRequire(require.resolve('subset-font')).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  return codeFingerprint({ root: projectRoot, modules: [entry], packages: PACKAGES, extra: [readFileSync(wasm)] });
}
