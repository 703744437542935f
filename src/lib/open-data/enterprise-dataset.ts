import { toCsv } from './csv-file.ts';

/** An enterprise as its page shows it. */
export interface EnterpriseDatasetRow {
  name: string;
  aliases: string[];
  county: string;
  industry: string;
  founded?: number | undefined;
  website?: string | undefined;
  profile: string;
  /** Absolute URL of its page. */
  pageUrl: string;
}

const HEADER = ['名称', '简称', '所在区县', '行业', '成立年份', '网站', '简介', '网址'];

/** The enterprise directory as CSV, one line per enterprise; aliases joined by `、` as the page joins them. */
export function enterprisesCsv(rows: readonly EnterpriseDatasetRow[]): string {
  return toCsv(
    HEADER,
    rows.map((e) => [e.name, e.aliases.join('、'), e.county, e.industry, e.founded === undefined ? '' : String(e.founded), e.website ?? '', e.profile, e.pageUrl]),
  );
}

/** The enterprise directory as JSON: `{ publisher, licence?, enterprises: [{ name, aliases, county, industry, founded?, website?, profile, url }] }`. */
export function enterprisesJson(rows: readonly EnterpriseDatasetRow[], publisher: string, licence: string | undefined): string {
  const enterprises = rows.map(({ pageUrl, founded, website, ...rest }) => ({ ...rest, ...(founded === undefined ? {} : { founded }), ...(website === undefined ? {} : { website }), url: pageUrl }));
  return `${JSON.stringify({ publisher, ...(licence === undefined ? {} : { licence }), enterprises }, null, 2)}\n`;
}
