import { FORMS_FILE, NAMES_FILE, type FormsFile, type NamesFile } from '../lib/search/data-files.ts';
import type { FormsContext } from '../lib/search/query-forms.ts';
import { readVariantPairs } from '../lib/search/variant-forms.ts';

// Beside Pagefind's files, so they are cached and deployed with the index they were made from.
const BASE = '/pagefind/';

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${BASE}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** No synonyms and no variant pairs: the query is searched as typed. */
export const NO_FORMS: FormsContext = { synonyms: [], variants: { fold: new Map(), reverse: new Map() } };

let forms: Promise<FormsContext> | undefined;
let names: Promise<NamesFile> | undefined;

/** The synonym table and variant maps, fetched once per page with the first query. */
export function loadForms(): Promise<FormsContext> {
  forms ??= fetchJson<FormsFile>(FORMS_FILE).then((file) => ({ synonyms: file.synonyms, variants: readVariantPairs(file.variants) }));
  forms.catch(() => (forms = undefined));
  return forms;
}

/** Names with their pinyin and the readings of common characters, fetched once, only for pinyin or "did you mean". */
export function loadNames(): Promise<NamesFile> {
  names ??= fetchJson<NamesFile>(NAMES_FILE);
  names.catch(() => (names = undefined));
  return names;
}
