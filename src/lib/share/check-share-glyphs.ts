import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shareMessages } from '../../i18n/share-messages.ts';
import { findMissingChars, type CoverageTest } from './font-coverage.ts';
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
 * Lists, one line per page, every character a share image would draw as an empty box, naming the
 * character, the page and the content file (with its line when the file is readable). Empty when all is well.
 */
export function checkShareGlyphs(pages: readonly SharePage[], site: ShareSite, coverage: readonly CoverageTest[], projectRoot: string): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const missing = findMissingChars(collectDrawnText(page.share, site), coverage);
    if (missing.length === 0) continue;
    problems.push(shareMessages.missingGlyph(locate(page, missing[0]!, projectRoot), page.share.pagePath, missing));
  }
  return problems;
}
