import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import subsetFont from 'subset-font';
import type { LocatedFamily } from './bundled-fonts.ts';
import { isRareIdeograph } from './cjk-blocks.ts';
import type { Drawable } from './drawable.ts';
import { RARE_GLYPH_FAMILY } from './rare-glyph-font.ts';

/** The site folder the rare-glyph web font and its stylesheet are written to. */
export const RARE_FONT_FOLDER = '/fonts/';

// A cheap first look: ideographs of Extension A and of planes 2 and 3 (their high surrogates). Pages without any are
// not parsed at all; the parser then decides what is text.
const MAYBE_RARE = /[\u3400-\u4dbf\ud840-\ud8bf]/;

/**
 * The rare ideographs (outside the basic block) a built page shows as text, outside scripts and styles, each once in code
 * point order: `'<p title="𠀀">吉𠮷</p><script>"𬌗"</script>'` → `"𠮷"`.
 */
export function collectRareText(html: string): string {
  if (!MAYBE_RARE.test(html)) return '';
  const chars = new Set<string>();
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag: (name) => void (name === 'script' || name === 'style' ? (hidden += 1) : 0),
      onclosetag: (name) => void (name === 'script' || name === 'style' ? (hidden -= 1) : 0),
      ontext: (text) => {
        if (hidden > 0) return;
        for (const char of text) if (isRareIdeograph(char.codePointAt(0)!)) chars.add(char);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The rare-glyph web font: its stylesheet's site path, and every file to write (stylesheet and WOFF2 subsets) by site path. */
export interface RareWebFont {
  stylesheet: string;
  files: { path: string; data: Uint8Array }[];
}

const short = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 12);
const range = (chars: string) => [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(',');

/**
 * A web font for the rare characters the site uses: per bundled family, a WOFF2 cut to the characters it is the first to
 * draw, declared under one family name with a `unicode-range` of exactly those characters, so a browser fetches a file
 * only for a page that shows one of them and only when the reader's own fonts, listed before it, lack it. Names carry
 * a hash of the bytes. `undefined` when no character is drawable.
 */
export async function buildRareWebFont(chars: string, families: readonly LocatedFamily[], drawable: Drawable, read: (file: string) => Uint8Array): Promise<RareWebFont | undefined> {
  const parts = families.map(() => '');
  for (const char of chars) {
    const family = drawable.familyOf(char.codePointAt(0)!);
    if (family >= 0) parts[family] += char;
  }
  const files: RareWebFont['files'] = [];
  const rules: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (!part) continue;
    const data = new Uint8Array(await subsetFont(read(families[i]!.paths[400]), part, { targetFormat: 'woff2' }));
    const file = `${RARE_FONT_FOLDER}rare-glyphs-${short(data)}.woff2`;
    files.push({ path: file, data });
    rules.push(`@font-face{font-family:'${RARE_GLYPH_FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url(${file}) format('woff2');unicode-range:${range(part)}}`);
  }
  if (rules.length === 0) return undefined;
  const css = `${rules.join('\n')}\n`;
  const stylesheet = `${RARE_FONT_FOLDER}rare-glyphs-${short(css)}.css`;
  return { stylesheet, files: [...files, { path: stylesheet, data: new TextEncoder().encode(css) }] };
}
