/** The attribute a page's hidden search fields carry a name in (an enterprise's alias, an honouree): read by the build, never indexed. */
export const NAME_ATTRIBUTE = 'data-search-name';

/** The four kinds of indexed page, by the collection name the templates use. */
export type IndexedKind = 'reports' | 'honors' | 'stories' | 'enterprises';

/** What the index records about one page besides its text. */
export interface PageFieldsInput {
  kind: IndexedKind;
  /** 年份 filter; enterprise pages span years and have none. */
  year?: number | undefined;
  /** ISO date, e.g. `2024-01-20`: meta for the result line and the key for sorting by date. */
  date?: string | undefined;
  /** 区县 filter, when the page belongs to one. */
  county?: string | undefined;
  /** Honour pages: their rows, packed by `encodeRows`, so a hit on a name lands on its row. */
  rows?: string | undefined;
  /** Names beside the title that search finds by pinyin: an enterprise's aliases, an honour list's honourees. */
  names?: readonly string[] | undefined;
}

/** 类型 filter values, as readers see them. */
export const TYPE_LABELS: Readonly<Record<IndexedKind, string>> = {
  reports: '工作报告',
  honors: '表彰名单',
  stories: '企业故事',
  enterprises: '企业',
};

/**
 * The Pagefind attributes for a page, one per element because Pagefind reads one `key:value` per
 * attribute: `pageFields({ kind: "reports", year: 2024, date: "2024-01-20" })` →
 * `[{ "data-pagefind-filter": "年份:2024" }, { "data-pagefind-filter": "类型:工作报告" }, { "data-pagefind-meta": "type:工作报告" }, { "data-pagefind-meta": "date:2024-01-20" }, { "data-pagefind-sort": "date:2024-01-20" }]`;
 * `names: ["华瑞股份"]` adds `{ "data-search-name": "华瑞股份" }` (read by the build for pinyin, never indexed).
 */
export function pageFields(input: PageFieldsInput): Array<Record<string, string>> {
  const type = TYPE_LABELS[input.kind];
  const fields: Array<Record<string, string>> = [];
  if (input.year !== undefined) fields.push({ 'data-pagefind-filter': `年份:${input.year}` });
  fields.push({ 'data-pagefind-filter': `类型:${type}` });
  if (input.county) fields.push({ 'data-pagefind-filter': `区县:${input.county}` });
  fields.push({ 'data-pagefind-meta': `type:${type}` });
  if (input.date) fields.push({ 'data-pagefind-meta': `date:${input.date}` }, { 'data-pagefind-sort': `date:${input.date}` });
  if (input.rows) fields.push({ 'data-pagefind-meta': `rows:${input.rows}` });
  for (const name of new Set(input.names ?? [])) if (name.trim() !== '') fields.push({ [NAME_ATTRIBUTE]: name });
  return fields;
}
