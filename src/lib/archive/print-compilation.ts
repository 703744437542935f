import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hashParts } from '../source-fingerprint.ts';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { fixPdfDates } from './pdf-dates.ts';
import { setPdfMetadata } from './pdf-metadata.ts';
import { readPdfPageCount } from './pdf-structure.ts';
import { printStable } from './print-passes.ts';
import { loadDrawable } from '../fonts/drawable.ts';
import type { FaceWeight, LocatedFamily } from '../fonts/bundled-fonts.ts';
import { splitPrintText, subsetPrintFont, unicodeRangeOf } from './print-font.ts';

/** The font the printed compilation is set in, whatever the machine has (see compilation.css). */
export const PRINT_FONT_FAMILY = 'GSL Print Serif';

/** Chromium as tests and builds start it: headless, no sandbox, nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A printed compilation: the PDF's bytes and how many pages it has. */
export interface PrintedPdf {
  pdf: Buffer;
  pages: number;
}

/** One Chromium for all years of a build, started on the first print (a build where every PDF is cached starts none). */
export interface CompilationPrinter {
  /** Names everything outside the page that shapes the PDF's bytes (Chromium's version, the fonts), for cache keys. */
  stamp: string;
  /**
   * Prints the built page at `pagePath` (e.g. `/archives/2024/compilation/`) with the print font cut down to the
   * characters of `text` (and each fallback to the rare characters it alone draws), and dates the PDF `date`.
   * Several prints may run at once, each in its own tab.
   */
  print(pagePath: string, date: string, text: string): Promise<PrintedPdf>;
  /** How many times Chromium was started (0 or 1). */
  launches(): number;
  close(): Promise<void>;
}

export interface PrinterOptions {
  /** The built site the page and its CSS are read from. */
  outDir: string;
  executablePath: string;
  /** The bundled families (`locateBundledFonts()`), primary first: the print font and its fallbacks for rare characters. */
  families: readonly LocatedFamily[];
}

// Pages are loaded from this made-up origin and answered from outDir by request interception: no server, no network.
const ORIGIN = 'http://compilation.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg' };

function fileFor(outDir: string, pathname: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(pathname));
  if (!file.startsWith(outDir)) return undefined;
  const candidate = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  return existsSync(candidate) ? candidate : undefined;
}

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's package. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** What readChromiumVersion says when there is no Chromium at the path. */
export const NO_CHROMIUM = 'none';

/** Which Chromium prints: its `--version` line (its size and time when it will not say); NO_CHROMIUM when there is none. */
export function readChromiumVersion(executablePath: string): string {
  if (!existsSync(executablePath)) return NO_CHROMIUM;
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No version to be had: the file's size and time still change whenever Chromium is replaced.
    const stat = statSync(executablePath);
    return `${stat.size}:${stat.mtimeMs}`;
  }
}

/**
 * A printer for compilations; `undefined` when there is no Chromium at `executablePath` (the caller says so and goes on
 * without PDFs). Chromium itself starts on the first `print`.
 */
export async function openPrinter(options: PrinterOptions): Promise<CompilationPrinter | undefined> {
  if (!existsSync(options.executablePath)) return undefined;
  const outDir = path.resolve(options.outDir);
  const weights: readonly FaceWeight[] = [400, 700];
  const families = options.families.map((family) => weights.map((weight) => ({ weight, data: readFileSync(family.paths[weight]) })));
  const drawable = loadDrawable(options.families);
  // What decides the printed bytes besides the page and the code: the Chromium build and every font face it may embed.
  const stamp = hashParts([readChromiumVersion(options.executablePath), ...families.flatMap((faces) => faces.flatMap((font) => [`${font.weight}`, font.data]))]);
  // Each print serves its own cut-down fonts under its own URLs, so prints running side by side never mix them.
  const servedFonts = new Map<string, Buffer>();
  let printCount = 0;
  let started: Promise<{ browser: Browser; context: BrowserContext }> | undefined;
  const start = async () => {
    const browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const font = servedFonts.get(url.href);
      if (font) return route.fulfill({ body: font, contentType: 'font/ttf' });
      const file = url.origin === ORIGIN ? fileFor(outDir, url.pathname) : undefined;
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    });
    return { browser, context };
  };
  return {
    stamp,
    async print(pagePath, date, text) {
      const id = ++printCount;
      // Every family under the one print family name: a fallback's faces claim exactly its characters by unicode-range.
      const parts = splitPrintText(text, drawable, families.length);
      const wanted = families.flatMap((faces, i) => (i === 0 || parts[i] ? faces.map((f) => ({ ...f, family: i, chars: i === 0 ? text : parts[i]! })) : []));
      const faces = await Promise.all(
        wanted.map(async (f) => ({ weight: f.weight, family: f.family, chars: f.chars, url: `${ORIGIN}/__print-font-${id}-${f.family}-${f.weight}.ttf`, data: await subsetPrintFont(f.data, f.chars) })),
      );
      for (const face of faces) servedFonts.set(face.url, face.data);
      started ??= start();
      const page = await (await started).context.newPage();
      try {
        const response = await page.goto(`${ORIGIN}${encodeURI(pagePath)}`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`打开 ${pagePath} 失败（${response?.status() ?? '无响应'}）`);
        const range = (f: (typeof faces)[number]) => (f.family === 0 ? '' : `unicode-range:${unicodeRangeOf(f.chars)};`);
        await page.addStyleTag({ content: faces.map((f) => `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-weight:${f.weight};${range(f)}src:url(${f.url});}`).join('') });
        // On paper a link to a web page is only ink: its address goes, so the PDF points at no page of the site.
        await page.evaluate(() => {
          for (const link of document.querySelectorAll('a[href]')) if (!link.getAttribute('href')!.startsWith('#')) link.removeAttribute('href');
        });
        await page.evaluate(async (family) => {
          await Promise.all([document.fonts.load(`16px '${family}'`), document.fonts.load(`bold 16px '${family}'`)]);
          await document.fonts.ready;
        }, PRINT_FONT_FAMILY);
        const metadata = await page.evaluate(() => ({
          title: document.title,
          author: document.querySelector('meta[name="author"]')?.getAttribute('content') ?? '',
          language: document.documentElement.lang,
        }));
        const pdf = fixPdfDates(await setPdfMetadata(await printStable(page), metadata), date);
        return { pdf, pages: readPdfPageCount(pdf) };
      } finally {
        await page.close();
        for (const face of faces) servedFonts.delete(face.url);
      }
    },
    launches: () => (started ? 1 : 0),
    async close() {
      if (started) await (await started).browser.close();
    },
  };
}
