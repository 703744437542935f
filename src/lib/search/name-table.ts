import { Parser } from 'htmlparser2';
import { pinyin } from 'pinyin-pro';
import { gb2312Hanzi } from './gb2312.ts';
import type { NameEntry } from './name-pinyin.ts';
import { NAME_ATTRIBUTE } from './page-fields.ts';

/**
 * A name's syllables, one per character (polyphones read in context, ü written v), space-separated:
 * `namePinyin("锦川华瑞药业")` → `"jin chuan hua rui yao ye"`; `namePinyin("吕梁2号")` → `"lv liang 2 hao"`.
 */
export function namePinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .map((s) => s.toLowerCase().replace(/\s+/g, ''))
    .join(' ');
}

/** What one built page gives search beyond Pagefind's index: its title and declared names, and the characters it shows. */
export interface PageNames {
  /** The first `<h1>` inside the indexed region, and every `data-search-name` value. */
  names: string[];
  /** Every character of the page's text, for the traditional–simplified pairs the site needs. */
  chars: Set<string>;
}

/**
 * Reads a built page with htmlparser2: `<div data-pagefind-body><h1>华瑞药业</h1><span data-search-name="华瑞股份">`
 * → `{ names: ["华瑞药业", "华瑞股份"], chars: Set{"华", "瑞", …} }`. Pages without an indexed region give no names.
 */
export function readPageNames(html: string): PageNames {
  const names: string[] = [];
  const chars = new Set<string>();
  let depth = 0;
  let bodyDepth = -1;
  let skip = 0;
  let title: 'waiting' | 'reading' | 'done' = 'waiting';
  let titleText = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      depth++;
      if (bodyDepth === -1 && 'data-pagefind-body' in attributes) bodyDepth = depth;
      const declared = attributes[NAME_ATTRIBUTE]?.trim();
      if (bodyDepth !== -1 && declared) names.push(declared);
      if (bodyDepth !== -1 && name === 'h1' && title === 'waiting') title = 'reading';
      if (name === 'script' || name === 'style') skip++;
    },
    ontext(text) {
      if (skip > 0) return;
      for (const char of text) chars.add(char);
      if (title === 'reading') titleText += text;
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skip--;
      if (name === 'h1' && title === 'reading') {
        title = 'done';
        names.unshift(titleText.trim());
      }
      if (depth === bodyDepth) bodyDepth = -1;
      depth--;
    },
  });
  parser.end(html);
  return { names: [...new Set(names)].filter((n) => n !== ''), chars };
}

/** The name table search ships: each distinct name once with its syllables, in the order first met. */
export function buildNameTable(names: Iterable<string>): NameEntry[] {
  const seen = new Set<string>();
  const table: NameEntry[] = [];
  for (const name of names) {
    const text = name.replace(/\s+/g, ' ').trim();
    if (text === '' || seen.has(text) || [...text].length > 80) continue;
    seen.add(text);
    table.push([text, namePinyin(text)]);
  }
  return table;
}

/**
 * The reading of every character of GB 2312 (the 6,763 hanzi an input method offers first), grouped by syllable, so
 * "did you mean" can hear a homophone the site never uses: `commonReadings()["ye"]` → `"耶椰噎爷野冶也页掖业叶…"`.
 */
export function commonReadings(): Record<string, string> {
  const readings: Record<string, string> = {};
  for (const char of gb2312Hanzi()) {
    const syllable = namePinyin(char);
    readings[syllable] = (readings[syllable] ?? '') + char;
  }
  return readings;
}
