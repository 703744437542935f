import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fontMessages } from '../../i18n/fonts.ts';
import { findUndrawable, formatCodePoint, type Drawable } from '../fonts/drawable.ts';
import { collectDrawnText, type ShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

/** A built page and the ShareData it carries. */
export interface SharePage {
  share: ShareData;
  /** The built HTML file, relative to the output folder, e.g. "reports/2024/zhiwei/index.html". */
  htmlFile: string;
}

/** The 1-based line of `file` where `char` first appears: `("标题：万企\n摘要：\uE000", "\uE000")` → `2`. */
export function findLineOf(text: string, char: string): number | undefined {
  const index = text.indexOf(char);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

function locate(page: SharePage, char: string, projectRoot: string): string {
  if (!page.share.source) return page.htmlFile;
  try {
    const line = findLineOf(readFileSync(path.resolve(projectRoot, page.share.source), 'utf8'), char);
    return line === undefined ? page.share.source : `${page.share.source}:${line}`;
  } catch {
    return page.share.source;
  }
}

/**
 * Warnings, one per page and character, for what a share image would draw as an empty box, naming the character, the
 * page and the content file with its line. A warning only: a person's name is never a reason to stop a build.
 */
export function checkShareGlyphs(pages: readonly SharePage[], site: ShareSite, drawable: Drawable, projectRoot: string): string[] {
  const warnings: string[] = [];
  for (const page of pages) {
    const chars = new Set(findUndrawable(collectDrawnText(page.share, site), drawable).map((found) => found.char));
    for (const char of chars) {
      const message = fontMessages.undrawable(char, formatCodePoint(char));
      warnings.push(fontMessages.onSharePage(locate(page, char, projectRoot), page.share.pagePath, message));
    }
  }
  return warnings;
}
