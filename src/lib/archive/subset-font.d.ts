// subset-font 2.9 ships no types; this declares the one call we make (see its README).
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    noLayoutClosure?: boolean;
  }
  /** Keeps only the glyphs `text` needs (harfbuzz hb-subset). */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
