import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ShareData } from './types.ts';

/** A story's lead image as the poster draws it: 16:9, the poster's inner width. */
export const LEAD_SIZE = { width: 920, height: 518 } as const;

/** A lead image found for a page: its file and the hash of its bytes (part of the poster's cache key). */
export interface LeadSource {
  file: string;
  hash: string;
}

/**
 * Finds a page's lead image (`image.src`, relative to the project, e.g. `content/stories/2024/cover.jpg`) inside the
 * content folder, links followed, and hashes its bytes; `undefined` for a page without one. A file outside the content
 * folder is refused here too (the checker refuses it first): a poster never draws a file of the build machine.
 */
export function findLeadSource(projectRoot: string, contentRoot: string, src: string | undefined): LeadSource | undefined {
  if (src === undefined) return undefined;
  const file = realpathSync(path.resolve(projectRoot, src));
  if (!file.startsWith(realpathSync(contentRoot) + path.sep)) throw new Error(`分享海报的图片 ${src} 不在 content 文件夹里`);
  return { file, hash: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

/** The lead image of every page that has one, by page path. */
export function findLeadSources(shares: readonly ShareData[], projectRoot: string, contentRoot: string): Map<string, LeadSource> {
  const leads = new Map<string, LeadSource>();
  for (const share of shares) {
    const lead = findLeadSource(projectRoot, contentRoot, share.image?.src);
    if (lead) leads.set(share.pagePath, lead);
  }
  return leads;
}

/**
 * The lead image cut to `LEAD_SIZE` from its centre and encoded as a JPEG data URI, only for posters that are drawn
 * (cached posters never decode their image). `"/…/cover.jpg"` → `"data:image/jpeg;base64,/9j/…"`
 */
export async function prepareLeadImage(file: string): Promise<string> {
  const jpeg = await sharp(readFileSync(file), { failOn: 'error' })
    .rotate()
    .resize(LEAD_SIZE.width, LEAD_SIZE.height, { fit: 'cover', position: 'attention' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
