import { Converter } from 'opencc-js/t2cn';
import { gb2312Hanzi } from './gb2312.ts';
import type { VariantPairs } from './variant-forms.ts';

/**
 * Traditional and simplified characters, made findable in both directions with only the part of OpenCC's tables a
 * site needs. At build time OpenCC (opencc-js: Taiwan, Hong Kong and plain traditional to mainland simplified)
 * maps every traditional character of the BMP; the search page receives only the pairs whose other side the site
 * uses — a few kilobytes instead of the 109 KB converter.
 */

const CJK_RANGES: ReadonlyArray<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Every traditional BMP character OpenCC turns into one other BMP character, with that character — leaving out
 * characters of GB 2312, which simplified text writes as they are (著名, 乾隆, 幺), so 著 is never read as 着.
 */
function traditionalPairs(): Array<[string, string]> {
  const simplified = gb2312Hanzi();
  const chars = CJK_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));
  const pairs = new Map<string, string>();
  for (const from of ['t', 'tw', 'hk']) {
    // One character per line: OpenCC's phrases never join characters across a line break.
    const converted = Converter({ from, to: 'cn' })(chars.join('\n')).split('\n');
    chars.forEach((char, i) => {
      const target = converted[i] ?? char;
      if (target !== char && target.length === 1 && !simplified.has(char) && !pairs.has(char)) pairs.set(char, target);
    });
  }
  return [...pairs];
}

/**
 * The pairs for a site whose text uses `siteChars`: `buildVariantPairs(new Set("营商环境商會"))` →
 * `{ fold: "營营環环…", reverse: "" }`; with 商会 too, `reverse: "会會"` (the site writes both).
 */
export function buildVariantPairs(siteChars: ReadonlySet<string>): VariantPairs {
  let fold = '';
  let reverse = '';
  for (const [traditional, simplified] of traditionalPairs()) {
    if (siteChars.has(simplified)) fold += traditional + simplified;
    if (siteChars.has(traditional)) reverse += simplified + traditional;
  }
  return { fold, reverse };
}
