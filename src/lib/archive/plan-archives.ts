import type { ShareData } from '../share/types.ts';

/** A built page and what it says about itself (its `gsl:share` meta). */
export interface BuiltPage {
  /** Relative to the output folder, e.g. `"reports/2024/zhiwei/index.html"`. */
  htmlFile: string;
  share: ShareData;
}

/** The kinds of piece a bundle carries. */
export type ArchiveType = 'report' | 'honor' | 'story';

/** One published piece of a year. */
export interface ArchivePiece {
  type: ArchiveType;
  title: string;
  /** ISO date, `"2024-01-18"`. */
  date: string;
  pagePath: string;
  htmlFile: string;
  /** The content file, relative to the project, e.g. `"content/reports/2024/zhiwei.md"`. */
  source: string;
}

/** Everything one year's bundle is made from. */
export interface YearPlan {
  year: number;
  yearPage: { pagePath: string; htmlFile: string };
  /** Oldest first; equal dates by page path, so the order never depends on the file system. */
  pieces: ArchivePiece[];
  /** The newest piece's date: the bundle's timestamps, so they change only when the content does. */
  latestDate: string;
}

const TYPES: readonly string[] = ['report', 'honor', 'story'] satisfies ArchiveType[];

/**
 * Buckets the built pages by year: each year page with that year's reports, honours and stories.
 * `[year 2024, report 2024-03-01, story 2023-05-02, year 2023]` → `[{year: 2024, pieces: [report]}, {year: 2023, pieces: [story]}]`
 */
export function planArchives(pages: readonly BuiltPage[]): YearPlan[] {
  const yearPages = new Map<number, BuiltPage>();
  const pieces = new Map<number, ArchivePiece[]>();
  for (const page of pages) {
    const { share, htmlFile } = page;
    if (share.kind === 'year' && share.year !== undefined) yearPages.set(share.year, page);
    if (!TYPES.includes(share.kind)) continue;
    if (share.year === undefined || share.date === undefined || share.source === undefined) {
      throw new Error(`${htmlFile}: 页面缺少年度、日期或源文件信息，无法放进年度归档包`);
    }
    const piece: ArchivePiece = { type: share.kind as ArchiveType, title: share.title, date: share.date, pagePath: share.pagePath, htmlFile, source: share.source };
    pieces.set(share.year, [...(pieces.get(share.year) ?? []), piece]);
  }
  for (const year of pieces.keys()) {
    if (!yearPages.has(year)) throw new Error(`${year}年有已发布的内容，却没有年度页面 /years/${year}/`);
  }
  return [...yearPages]
    .sort(([a], [b]) => b - a)
    .map(([year, page]) => {
      const list = (pieces.get(year) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.pagePath.localeCompare(b.pagePath));
      return {
        year,
        yearPage: { pagePath: page.share.pagePath, htmlFile: page.htmlFile },
        pieces: list,
        latestDate: list.at(-1)?.date ?? `${year}-01-01`,
      };
    });
}
