import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIBRARIES = ['satori', '@resvg/resvg-js', 'qrcode'] as const;

/** Versions of everything outside our sources that decides pixels or bytes: the libraries and zlib. */
export function readLibraryVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const versions: Record<string, string> = { zlib: process.versions.zlib ?? 'unknown' };
  for (const name of LIBRARIES) {
    versions[name] = (require(`${name}/package.json`) as { version: string }).version;
  }
  return versions;
}

/** The sources that draw the images: every module of src/lib/share (tests aside) and the share strings. */
export function listTemplateSources(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const modules = readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(here, name));
  return [...modules, path.join(here, '../../i18n/share.ts')];
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
