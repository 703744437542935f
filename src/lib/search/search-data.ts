import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNameTable, commonReadings, readPageNames } from './name-table.ts';
import { FORMS_FILE, NAMES_FILE, type FormsFile, type NamesFile } from './data-files.ts';
import { buildVariantPairs } from './variant-table.ts';

/**
 * Reads the built pages (paths relative to `outDir`) and writes the two search data files into `outputPath`
 * (the Pagefind folder, so they are cached and deployed with the index). Returns their sizes in bytes.
 */
export function writeSearchData(outDir: string, files: readonly string[], outputPath: string, synonyms: readonly (readonly string[])[]): { forms: number; names: number } {
  const names: string[] = [];
  const chars = new Set<string>();
  for (const file of files) {
    const page = readPageNames(readFileSync(path.join(outDir, file), 'utf8'));
    names.push(...page.names);
    for (const char of page.chars) chars.add(char);
  }
  const forms: FormsFile = { synonyms: synonyms.map((group) => [...group]), variants: buildVariantPairs(chars) };
  const table: NamesFile = { names: buildNameTable(names), readings: commonReadings() };
  const formsJson = JSON.stringify(forms);
  const namesJson = JSON.stringify(table);
  writeFileSync(path.join(outputPath, FORMS_FILE), formsJson);
  writeFileSync(path.join(outputPath, NAMES_FILE), namesJson);
  return { forms: Buffer.byteLength(formsJson), names: Buffer.byteLength(namesJson) };
}
