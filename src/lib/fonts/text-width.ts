import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { locateBundledFonts, PRIMARY_FAMILY, type FaceWeight } from './bundled-fonts.ts';

/** Measures text as the primary family sets it, in px: what line breaking on share images needs before satori draws. */
export interface TextMeasure {
  /** Advance width of `text` at `fontSize` px: `("锦川", 60, 700)` → `120`; `("2024", 60, 400)` → about `124`. */
  width(text: string, fontSize: number, weight: FaceWeight, letterSpacing?: number): number;
}

/** Advances in em per character of one face; a character the face lacks counts a full em, as a CJK fallback glyph does. */
export function measureFrom(faces: Readonly<Record<FaceWeight, (char: string) => number | undefined>>): TextMeasure {
  const known = new Map<string, number>();
  const em = (char: string, weight: FaceWeight) => {
    const key = `${weight}${char}`;
    let advance = known.get(key);
    if (advance === undefined) known.set(key, (advance = faces[weight](char) ?? 1));
    return advance;
  };
  return {
    width(text, fontSize, weight, letterSpacing = 0) {
      let total = 0;
      for (const char of text) total += em(char, weight) * fontSize + letterSpacing;
      return total;
    },
  };
}

let primary: TextMeasure | undefined;

/** The primary family's advances, its faces parsed once per process (about 0.1 s each) and only when first asked. */
export function loadTextMeasure(): TextMeasure {
  if (primary) return primary;
  const [family] = locateBundledFonts([PRIMARY_FAMILY]);
  const face = (weight: FaceWeight) => {
    let font: opentype.Font | undefined;
    return (char: string) => {
      if (!font) {
        const data = readFileSync(family!.paths[weight]);
        font = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), { lowMemory: true });
      }
      const glyph = font.charToGlyph(char);
      return glyph.index === 0 || glyph.advanceWidth === undefined ? undefined : glyph.advanceWidth / font.unitsPerEm;
    };
  };
  primary = measureFrom({ 400: face(400), 700: face(700) });
  return primary;
}
