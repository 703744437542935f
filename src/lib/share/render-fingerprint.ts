import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIBRARIES = ['satori', '@resvg/resvg-js', 'qrcode', 'opentype.js'] as const;

/** Versions of everything outside our sources that decides pixels or bytes: the libraries (opentype.js writes rare glyphs) and zlib. */
export function readLibraryVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const versions: Record<string, string> = { zlib: process.versions.zlib ?? 'unknown' };
  for (const name of LIBRARIES) {
    versions[name] = (require(`${name}/package.json`) as { version: string }).version;
  }
  return versions;
}

/** Modules that decide an image's pixels or its cache key; everything they import counts too. */
const DRAWING_ENTRIES = ['render-share-image.ts', 'plan-share-images.ts', 'render-fingerprint.ts'];

/**
 * The sources that draw the images: the drawing entry points and every project module they import,
 * followed through relative imports (the share strings included). Orchestration (worker pool, page
 * reading, cache files) is left out, so changing it does not re-render every image.
 */
export function listTemplateSources(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)) visit(path.resolve(path.dirname(file), spec!));
  };
  for (const entry of DRAWING_ENTRIES) visit(path.join(here, entry));
  return [...seen].sort();
}

/**
 * One hash of everything every image shares: template sources, font bytes and library versions.
 * A change to any of them re-renders every image; a page's own data is hashed per image on top of it.
 */
export function computeRenderFingerprint(fontHash: string, sources: readonly string[] = listTemplateSources()): string {
  const hash = createHash('sha256');
  hash.update(`fonts:${fontHash}\n`);
  hash.update(`libraries:${JSON.stringify(readLibraryVersions())}\n`);
  for (const file of sources) {
    hash.update(`source:${path.basename(file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}
