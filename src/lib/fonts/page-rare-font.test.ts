import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateBundledFonts } from './bundled-fonts.ts';
import { loadDrawable } from './drawable.ts';
import { buildRareWebFont, collectRareText } from './page-rare-font.ts';
import { RARE_GLYPH_FAMILY } from './rare-glyph-font.ts';

describe('collectRareText', () => {
  it('takes rare ideographs from the text a reader sees, each once in code point order', () => {
    expect(collectRareText('<h1>吉𠮷与刘䶮</h1><p>𬌗氏&#x20BB7;</p>')).toBe('䶮𠮷𬌗');
  });

  it('leaves out scripts, styles and attribute values, which no font draws on the page', () => {
    expect(collectRareText('<p title="𠀀">工商联</p><script>const a = "𬌗";</script><style>.x::after{content:"䶮"}</style>')).toBe('');
  });
});

describe('buildRareWebFont', () => {
  const read = (file: string) => readFileSync(file);

  it('cuts each family to the characters it is the first to draw, claimed by unicode-range', async () => {
    const font = (await buildRareWebFont('䶮𠮷𠠬𬌗𰻞', locateBundledFonts(), loadDrawable(), read))!;
    const css = new TextDecoder().decode(font.files.find((f) => f.path === font.stylesheet)!.data);
    expect(css.match(/unicode-range:[^}]+/g)).toEqual(['unicode-range:U+4DAE,U+2C317', 'unicode-range:U+20BB7', 'unicode-range:U+2082C']);
    expect(css).toContain("font-family:'GSL Rare Glyphs'");
    expect(font.files.map((f) => f.path)).toEqual([expect.stringMatching(/^\/fonts\/rare-glyphs-[0-9a-f]{12}\.woff2$/), expect.anything(), expect.anything(), font.stylesheet]);
  });

  it('is a kilobyte or two per character, and the same bytes and names for the same characters', async () => {
    const first = (await buildRareWebFont('𠮷', locateBundledFonts(), loadDrawable(), read))!;
    const second = (await buildRareWebFont('𠮷', locateBundledFonts(), loadDrawable(), read))!;
    expect(first.files[0]!.data.byteLength).toBeLessThan(2_000);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
  });

  it('makes nothing when no bundled font draws any of the characters', async () => {
    expect(await buildRareWebFont('𰻞', locateBundledFonts(), loadDrawable(), read)).toBeUndefined();
  });
});

describe('the pages’ font stacks', () => {
  it('name the rare-glyph family last in both stacks of global.css', () => {
    const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
    const stacks = [...css.matchAll(/--font-(?:sans|serif):([^;]+);/g)].map((m) => m[1]!.trim().split(/,\s*/).at(-1));
    expect(stacks).toEqual([`'${RARE_GLYPH_FAMILY}'`, `'${RARE_GLYPH_FAMILY}'`]);
  });
});
