import { isAsciiSlug, pickSlug } from './slug.ts';
import { pieceUrl, type PieceFolder } from './urls.ts';

/** Where a dated piece is published. */
export interface PiecePlace {
  folder: PieceFolder;
  /** The year folder the file sits in, which is the year in its URL. */
  year: number;
  slug: string;
  /** Astro's entry id: `<year>/<slug>`. */
  id: string;
  /** `/reports/2024/zhiwei/` */
  url: string;
  /** Pages at old URLs (`redirectFrom`) that send readers here. */
  oldUrls: string[];
}

/**
 * Decides a piece's year, slug, id and URL from its file (relative to its kind's folder) and its front matter as
 * written (the failsafe YAML of src/lib/checks/front-matter.ts). The Astro collections, src/content.ts, the checker
 * and the redirect pages all ask this; the checker makes sure the folder agrees with the date (`pieceYear`).
 * `("reports", "2024/x.md", { title: "报告", slug: "zhiwei", redirectFrom: ["old"] })` →
 * `{ year: 2024, slug: "zhiwei", id: "2024/zhiwei", url: "/reports/2024/zhiwei/", oldUrls: ["/reports/2024/old/"] }`
 */
export function placePiece(folder: PieceFolder, file: string, frontMatter: Readonly<Record<string, unknown>>): PiecePlace {
  const yearFolder = file.split('/')[0] ?? '';
  const written = frontMatter['slug'];
  const title = frontMatter['title'];
  const slug = pickSlug(file, typeof written === 'string' && isAsciiSlug(written) ? written : undefined, typeof title === 'string' ? title : '');
  const old = Array.isArray(frontMatter['redirectFrom']) ? frontMatter['redirectFrom'] : [];
  const oldUrls = redirectUrls(folder, yearFolder, old.filter((from): from is string => typeof from === 'string' && isAsciiSlug(from)));
  return { folder, year: Number(yearFolder), slug, id: `${yearFolder}/${slug}`, url: pieceUrl(folder, yearFolder, slug), oldUrls };
}

/** The year and slug of an entry id that `placePiece` made: `"2024/zhiwei"` → `{ year: 2024, slug: "zhiwei" }`. */
export function splitPieceId(id: string): { year: number; slug: string } {
  const [year = '', ...slug] = id.split('/');
  return { year: Number(year), slug: slug.join('/') };
}

/** Old URLs of a renamed piece, in its year: `("reports", 2024, ["old"])` → `["/reports/2024/old/"]`. */
export function redirectUrls(folder: PieceFolder, year: number | string, oldSlugs: readonly string[]): string[] {
  return oldSlugs.map((from) => pieceUrl(folder, year, from));
}
