import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shareMessages } from '../../i18n/share-messages.ts';
import type { SharePage } from './check-share-glyphs.ts';
import { readShareData } from './share-meta.ts';

/** Every `.html` file under `dir`, relative to it with "/" separators, sorted so runs are repeatable. */
export function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads the ShareData of every built page that has one; a malformed one fails with the file named. */
export function readBuiltPages(outDir: string): SharePage[] {
  const pages: SharePage[] = [];
  for (const htmlFile of listHtmlFiles(outDir)) {
    try {
      const share = readShareData(readFileSync(path.join(outDir, htmlFile), 'utf8'));
      if (share) pages.push({ share, htmlFile });
    } catch (error) {
      throw new Error(shareMessages.badShareMeta(htmlFile, (error as Error).message), { cause: error });
    }
  }
  return pages;
}
