import type { NameEntry } from './name-pinyin.ts';
import type { VariantPairs } from './variant-forms.ts';

/** The search data the build writes beside Pagefind's files (search-data.ts) and the search page reads. */

/** Fetched with the first query: the synonym table and the site's variant pairs. */
export const FORMS_FILE = 'gsl-forms.json';
/** Fetched only when nothing was found and the query is Chinese: the readings of common characters, by syllable. */
export const READINGS_FILE = 'gsl-readings.json';

/** `gsl-forms.json`: what every query is expanded with. */
export interface FormsFile {
  synonyms: string[][];
  variants: VariantPairs;
}

/** One shard of the name table: the names whose first syllable starts with one letter (or digit). */
export type NamesShard = NameEntry[];

/**
 * The shard a name or a pinyin query belongs to: the first letter or digit of its first syllable, `_` for anything
 * else. `shardKey("hua rui yao ye")` → `"h"`; `shardKey("2023 nian du")` → `"2"`; `shardKey("“ wu")` → `"_"`.
 */
export function shardKey(syllables: string): string {
  const first = syllables.trimStart()[0]?.toLowerCase() ?? '';
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** The file of one shard of the name table: `namesFile("h")` → `"gsl-names-h.json"`; fetched only for pinyin or did-you-mean. */
export function namesFile(key: string): string {
  return `gsl-names-${key}.json`;
}
