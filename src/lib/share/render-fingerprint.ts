import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint, listModuleSources } from '../source-fingerprint.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');

/** The libraries that decide pixels or bytes: satori, resvg, the QR encoder, opentype.js (rare glyphs, line widths) and sharp (lead images). */
const LIBRARIES = ['satori', '@resvg/resvg-js', 'qrcode', 'opentype.js', 'sharp'];

/** Modules that decide an image's pixels or its cache key; everything they import counts too. */
const DRAWING_ENTRIES = ['render-share-image.ts', 'plan-share-images.ts', 'render-fingerprint.ts', 'lead-image.ts'].map((file) => path.join(here, file));

/**
 * The sources that draw the images: the drawing entry points and every project module they import (the share strings
 * included). Orchestration (worker pool, page reading, cache files) is left out, so changing it re-renders nothing.
 */
export function listTemplateSources(): string[] {
  return listModuleSources(DRAWING_ENTRIES);
}

/**
 * One hash of everything every image shares: the code fingerprint (source-fingerprint.ts) of the drawing modules and
 * libraries, and the font bytes. A change to any of them re-renders every image; a page's own data is hashed per image on top.
 */
export function computeRenderFingerprint(fontHash: string, modules: readonly string[] = DRAWING_ENTRIES): string {
  return codeFingerprint({ root: projectRoot, modules, packages: LIBRARIES, extra: [`fonts:${fontHash}`] });
}
