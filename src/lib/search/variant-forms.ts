/**
 * The search page's side of traditional and simplified characters (variant-table.ts builds the pairs with OpenCC at
 * build time; this module never loads OpenCC, so the page carries only the pairs).
 */

/** The pairs the search page receives: `fold` turns characters the site never uses into the ones it does. */
export interface VariantPairs {
  /** Traditional → simplified, two characters per pair, for simplified characters the site's text uses: `"營营環环"`. */
  fold: string;
  /** Simplified → traditional, for traditional characters the site's text does use: `"会會"`. */
  reverse: string;
}

/** The pairs as lookup maps. */
export interface VariantMaps {
  fold: Map<string, string>;
  reverse: Map<string, string>;
}

/** Lookup maps from the pairs: `readVariantPairs({ fold: "營营", reverse: "" }).fold.get("營")` → `"营"`. */
export function readVariantPairs(pairs: VariantPairs): VariantMaps {
  const read = (text: string) => new Map(Array.from({ length: text.length / 2 }, (_, i) => [text[2 * i] ?? '', text[2 * i + 1] ?? ''] as [string, string]));
  return { fold: read(pairs.fold), reverse: read(pairs.reverse) };
}

/**
 * The other spellings of a term the site can contain: its characters folded to the site's simplified ones, and
 * the traditional ones the site uses. `variantForms("營商環境", maps)` → `["营商环境"]`.
 */
export function variantForms(term: string, maps: VariantMaps): string[] {
  const swap = (map: Map<string, string>) => [...term].map((c) => map.get(c) ?? c).join('');
  return [...new Set([swap(maps.fold), swap(maps.reverse)])].filter((form) => form !== term);
}
