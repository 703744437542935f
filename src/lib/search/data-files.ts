import type { NameEntry } from './name-pinyin.ts';
import type { VariantPairs } from './variant-forms.ts';

/** The search data the build writes beside Pagefind's files (search-data.ts) and the search page reads. */

/** Fetched with the first query: the synonym table and the site's variant pairs. */
export const FORMS_FILE = 'gsl-forms.json';
/** Fetched only for a pinyin query or when nothing was found: names with their syllables, readings of common characters. */
export const NAMES_FILE = 'gsl-names.json';

/** `gsl-forms.json`: what every query is expanded with. */
export interface FormsFile {
  synonyms: string[][];
  variants: VariantPairs;
}

/** `gsl-names.json`: names and titles with their syllables, and the readings of common characters by syllable. */
export interface NamesFile {
  names: NameEntry[];
  readings: Record<string, string>;
}
