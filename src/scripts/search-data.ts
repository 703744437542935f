import { FORMS_FILE, namesFile, READINGS_FILE, shardKey, type FormsFile, type NamesShard } from '../lib/search/data-files.ts';
import type { NameEntry } from '../lib/search/name-pinyin.ts';
import type { FormsContext } from '../lib/search/query-forms.ts';
import { readVariantPairs } from '../lib/search/variant-forms.ts';

// Beside Pagefind's files, so they are cached and deployed with the index they were made from.
const BASE = '/pagefind/';

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${BASE}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Fetches a file once per page; a failed fetch is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

/** No synonyms and no variant pairs: the query is searched as typed. */
export const NO_FORMS: FormsContext = { synonyms: [], variants: { fold: new Map(), reverse: new Map() } };

/** The synonym table and variant maps, fetched with the first query. */
export const loadForms = once(() => fetchJson<FormsFile>(FORMS_FILE).then((file): FormsContext => ({ synonyms: file.synonyms, variants: readVariantPairs(file.variants) })));

/** Readings of common characters by syllable, fetched only when a Chinese query found nothing. */
export const loadReadings = once(() => fetchJson<Record<string, string>>(READINGS_FILE));

const shards = new Map<string, () => Promise<NamesShard>>();

/**
 * The names whose pinyin starts with one of the letters (shards missing on this site count as empty):
 * `loadNames(["h"])` fetches `gsl-names-h.json` once.
 */
export async function loadNames(keys: Iterable<string>): Promise<NameEntry[]> {
  const wanted = [...new Set([...keys].map((key) => shardKey(key)))];
  const loaded = await Promise.all(
    wanted.map((key) => {
      if (!shards.has(key)) shards.set(key, once(() => fetchJson<NamesShard>(namesFile(key)).catch(() => [])));
      return shards.get(key)?.() ?? Promise.resolve([]);
    }),
  );
  return loaded.flat();
}
