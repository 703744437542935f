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

/** A year's 数据 page: `2024` → `"/years/2024/data/"`. */
export function yearDataUrl(year: number | string): string {
  return `/years/${year}/data/`;
}

/** The all-years 数据 page, which lists every dataset. */
export const DATA_URL = '/data/';

/** The JSON Feed 1.1 beside `/rss.xml`. */
export const JSON_FEED_URL = '/feed.json';

/** The two formats every dataset is published in. */
export type DatasetFormat = 'csv' | 'json';

/** Where a year's honour-list datasets are served (and stored in its bundle): `2024` → `"/data/honors/2024/"`. */
export function yearDatasetFolder(year: number | string): string {
  return `/data/honors/${year}/`;
}

/** An honour list's open data: `(2024, "youxiu-jianshezhe", "csv")` → `"/data/honors/2024/youxiu-jianshezhe.csv"`. */
export function honorDatasetUrl(year: number | string, slug: string, format: DatasetFormat): string {
  return `${yearDatasetFolder(year)}${slug}.${format}`;
}

/** The enterprise directory's open data: `"json"` → `"/data/enterprises.json"`. */
export function enterpriseDatasetUrl(format: DatasetFormat): string {
  return `/data/enterprises.${format}`;
}
