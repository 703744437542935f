/** The three kinds of dated piece, by their folder (and first URL segment). */
export type PieceFolder = 'reports' | 'honors' | 'stories';

/** A piece's page: `("reports", 2024, "zhiwei")` → `"/reports/2024/zhiwei/"`. */
export function pieceUrl(folder: PieceFolder, year: number | string, slug: string): string {
  return `/${folder}/${year}/${slug}/`;
}

/** An enterprise's page: `"huarui-yaoye"` → `"/enterprises/huarui-yaoye/"`. */
export function enterpriseUrl(slug: string): string {
  return `/enterprises/${slug}/`;
}

/** A year's page: `2024` → `"/years/2024/"`. */
export function yearUrl(year: number | string): string {
  return `/years/${year}/`;
}
