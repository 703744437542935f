import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compilationPath } from '../archive/archive-paths.ts';
import { addStylesheetLink } from '../archive/html-edits.ts';
import { pageFileOf } from '../archive/read-page-inputs.ts';
import { listHtmlFiles } from '../share/read-built-pages.ts';
import { locateBundledFonts, type LocatedFamily } from './bundled-fonts.ts';
import { loadDrawable, type Drawable } from './drawable.ts';
import { buildRareWebFont, collectRareText } from './page-rare-font.ts';

/** What the step did: the rare characters found, the pages given the stylesheet, and the bytes of the font files. */
export interface RareWebFontReport {
  chars: string;
  pages: number;
  fontBytes: number;
}

function isCompilation(htmlFile: string): boolean {
  const year = /^archives\/(\d{4})\//.exec(htmlFile)?.[1];
  return year !== undefined && pageFileOf(compilationPath(Number(year))) === htmlFile;
}

/**
 * After the pages are built: finds the rare ideographs pages show, writes the rare-glyph web font for them under /fonts/
 * and links its stylesheet from exactly the pages that show one. Every other page stays byte for byte as built and
 * loads nothing more. Compilations are left alone: their PDF carries its own fonts, and a changed page would reprint it.
 */
export async function addRareWebFont(outDir: string, families: readonly LocatedFamily[] = locateBundledFonts(), drawable: Drawable = loadDrawable()): Promise<RareWebFontReport> {
  const pages = new Map<string, string>();
  const all = new Set<string>();
  for (const htmlFile of listHtmlFiles(outDir)) {
    if (isCompilation(htmlFile)) continue;
    // Only characters some bundled font draws: a page whose rare characters none has gains nothing from the link.
    const rare = [...collectRareText(readFileSync(path.join(outDir, htmlFile), 'utf8'))].filter((c) => drawable.familyOf(c.codePointAt(0)!) >= 0).join('');
    if (!rare) continue;
    pages.set(htmlFile, rare);
    for (const char of rare) all.add(char);
  }
  const chars = [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  const font = await buildRareWebFont(chars, families, drawable, (file) => readFileSync(file));
  if (!font) return { chars: '', pages: 0, fontBytes: 0 };
  for (const file of font.files) {
    mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
    writeFileSync(path.join(outDir, file.path), file.data);
  }
  for (const htmlFile of pages.keys()) {
    const file = path.join(outDir, htmlFile);
    writeFileSync(file, addStylesheetLink(readFileSync(file, 'utf8'), font.stylesheet));
  }
  const fontBytes = font.files.filter((f) => f.path.endsWith('.woff2')).reduce((sum, f) => sum + f.data.byteLength, 0);
  return { chars, pages: pages.size, fontBytes };
}
