import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional and simplified characters, made findable in both directions with only the part of OpenCC's tables a
 * site needs. At build time OpenCC (opencc-js: Taiwan, Hong Kong and plain traditional to mainland simplified)
 * maps every traditional character of the BMP; the search page receives only the pairs whose other side the site
 * uses — a few kilobytes instead of the 109 KB converter.
 */

/** The pairs the search page receives: `fold` turns characters the site never uses into the ones it does. */
export interface VariantPairs {
  /** Traditional → simplified, two characters per pair, for traditional characters absent from the site's text: `"營营環环"`. */
  fold: string;
  /** Simplified → traditional, for traditional characters the site's text does use: `"会會"`. */
  reverse: string;
}

const CJK_RANGES: ReadonlyArray<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Every traditional BMP character OpenCC turns into one other BMP character, with that character. */
function traditionalPairs(): Array<[string, string]> {
  const chars = CJK_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));
  const pairs = new Map<string, string>();
  for (const from of ['t', 'tw', 'hk']) {
    // One character per line: OpenCC's phrases never join characters across a line break.
    const converted = Converter({ from, to: 'cn' })(chars.join('\n')).split('\n');
    chars.forEach((char, i) => {
      const simplified = converted[i] ?? char;
      if (simplified !== char && simplified.length === 1 && !pairs.has(char)) pairs.set(char, simplified);
    });
  }
  return [...pairs];
}

/**
 * The pairs for a site whose text uses `siteChars`: `buildVariantPairs(new Set("营商环境商會"))` →
 * `{ fold: "營营環环…", reverse: "会會" }` (營 and 環 are absent, 會 is present).
 */
export function buildVariantPairs(siteChars: ReadonlySet<string>): VariantPairs {
  let fold = '';
  let reverse = '';
  for (const [traditional, simplified] of traditionalPairs()) {
    if (!siteChars.has(traditional) && siteChars.has(simplified)) fold += traditional + simplified;
    if (siteChars.has(traditional)) reverse += simplified + traditional;
  }
  return { fold, reverse };
}

/** Lookup maps from the pairs: `readVariantPairs({ fold: "營营", reverse: "" }).fold.get("營")` → `"营"`. */
export function readVariantPairs(pairs: VariantPairs): { fold: Map<string, string>; reverse: Map<string, string> } {
  const read = (text: string) => new Map(Array.from({ length: text.length / 2 }, (_, i) => [text[2 * i] ?? '', text[2 * i + 1] ?? ''] as [string, string]));
  return { fold: read(pairs.fold), reverse: read(pairs.reverse) };
}

/**
 * The other spellings of a term the site can contain: its characters folded to the site's simplified ones, and
 * the traditional ones the site uses. `variantForms("營商環境", maps)` → `["营商环境"]`.
 */
export function variantForms(term: string, maps: { fold: Map<string, string>; reverse: Map<string, string> }): string[] {
  const swap = (map: Map<string, string>) => [...term].map((c) => map.get(c) ?? c).join('');
  return [...new Set([swap(maps.fold), swap(maps.reverse)])].filter((form) => form !== term);
}
