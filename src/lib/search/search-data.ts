import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNameTable, commonReadings, readPageNames } from './name-table.ts';
import { FORMS_FILE, namesFile, READINGS_FILE, shardKey, type FormsFile, type NamesShard } from './data-files.ts';
import { buildVariantPairs } from './variant-table.ts';

/** Sizes in bytes of what writeSearchData wrote. */
export interface SearchDataSizes {
  forms: number;
  /** All shards of the name table together, and the largest one (what one pinyin query fetches). */
  names: number;
  largestShard: number;
  readings: number;
}

/** What the search data is drawn from: every name a page declares (its title first) and every character the site shows. */
export interface SiteNames {
  names: string[];
  chars: Set<string>;
}

/** Reads the names and characters of every built page (HTML text), for writeSearchData. */
export function readSiteNames(pages: Iterable<string>): SiteNames {
  const names: string[] = [];
  const chars = new Set<string>();
  for (const html of pages) {
    const page = readPageNames(html);
    names.push(...page.names);
    for (const char of page.chars) chars.add(char);
  }
  return { names, chars };
}

/**
 * Writes the search data drawn from the site's pages (readSiteNames) into `outputPath` (the Pagefind folder, so it is
 * cached and deployed with the index): the forms, the name table in shards by first letter, and the readings of
 * common characters.
 */
export function writeSearchData({ names, chars }: SiteNames, outputPath: string, synonyms: readonly (readonly string[])[]): SearchDataSizes {
  const write = (file: string, data: unknown) => {
    const json = JSON.stringify(data);
    writeFileSync(path.join(outputPath, file), json);
    return Buffer.byteLength(json);
  };
  const forms: FormsFile = { synonyms: synonyms.map((group) => [...group]), variants: buildVariantPairs(chars) };
  const shards = Map.groupBy(buildNameTable(names), ([, syllables]) => shardKey(syllables));
  const shardSizes = [...shards].map(([key, shard]: [string, NamesShard]) => write(namesFile(key), shard));
  return {
    forms: write(FORMS_FILE, forms),
    names: shardSizes.reduce((a, b) => a + b, 0),
    largestShard: Math.max(0, ...shardSizes),
    readings: write(READINGS_FILE, commonReadings()),
  };
}
