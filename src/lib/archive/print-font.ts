import { Parser } from 'htmlparser2';
import subsetFont from 'subset-font';
import { needsGlyph, type Drawable } from '../fonts/drawable.ts';

/** A page file as the printer loads it: its site path and bytes. */
export interface PageInput {
  path: string;
  data: Uint8Array;
}

// Drawn by the printer or by CSS without being in any file: page numbers, list numbers, ellipses, quotes.
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}〇一二三四五六七八九十百千、。，：；！？（）《》“”‘’…—·`;

/**
 * Every character a printed page can show: the decoded text and attribute values of its HTML, its CSS (for
 * `content:` strings) and what the printer itself draws, each once in code-point order.
 * `[{path: "/a/index.html", data: "<p>工商&#x8054;</p>"}]` → `" !\"#…~·—…联商工…"` (sorted, with the fixed set)
 */
export function collectPrintText(inputs: readonly PageInput[]): string {
  const chars = new Set<string>(ALWAYS);
  const add = (text: string) => {
    for (const char of text) chars.add(char);
  };
  for (const input of inputs) {
    const text = Buffer.from(input.data).toString('utf8');
    if (!input.path.endsWith('.html')) {
      if (input.path.endsWith('.css')) add(text);
      continue;
    }
    const parser = new Parser({ ontext: add, onattribute: (_name, value) => add(value) }, { decodeEntities: true });
    parser.end(text);
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * The font cut down to exactly the characters of `text`, as TrueType. Besides making the PDF smaller, this is what
 * keeps its text layer right: the full font maps look-alike radicals (⼯ U+2F2F, ⺠ U+2EA0) to the same glyphs as 工 and
 * 民, and Chromium's ToUnicode map may name the radical; a subset without the radicals leaves only the real character.
 */
export async function subsetPrintFont(font: Uint8Array, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'truetype' });
}

/**
 * Which bundled family prints each character of `text`, by family (primary first): the primary everything it draws and
 * everything none draws (as before), each fallback what it is the first to draw.
 * `("吉𠮷工", drawable)` → `["吉工", "𠮷", ""]`
 */
export function splitPrintText(text: string, drawable: Drawable, families: number): string[] {
  const parts: string[] = Array.from({ length: families }, () => '');
  for (const char of text) {
    const family = needsGlyph(char) ? drawable.familyOf(char.codePointAt(0)!) : 0;
    parts[family > 0 ? family : 0] += char;
  }
  return parts;
}

/** The CSS `unicode-range` of exactly these characters, so a fallback face is asked for nothing else: `"𠮷䶮"` → `"U+20BB7, U+4DAE"`. */
export function unicodeRangeOf(text: string): string {
  return [...new Set(text)].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ');
}
