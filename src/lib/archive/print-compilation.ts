import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixPdfDates } from './pdf-dates.ts';
import { readNamedDestinations, readPdfPageCount } from './pdf-structure.ts';

/** The font the printed compilation is set in, whatever the machine has (see compilation.css). */
export const PRINT_FONT_FAMILY = 'GSL Print Serif';

/** Chromium as tests and builds start it: headless, no sandbox, nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A printed compilation: the PDF's bytes and how many pages it has. */
export interface PrintedPdf {
  pdf: Buffer;
  pages: number;
}

/** One Chromium for all years of a build. */
export interface CompilationPrinter {
  /** Prints the built page at `pagePath` (e.g. `/archives/2024/compilation/`) and dates the PDF `date`. */
  print(pagePath: string, date: string): Promise<PrintedPdf>;
  close(): Promise<void>;
}

export interface PrinterOptions {
  /** The built site the page and its CSS are read from. */
  outDir: string;
  executablePath: string;
  /** Regular and bold faces (TTF/OTF/WOFF2) of the print font. */
  fonts: ReadonlyArray<{ weight: 400 | 700; file: string }>;
}

// Pages are loaded from this made-up origin and answered from outDir by request interception: no server, no network.
const ORIGIN = 'http://compilation.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg' };
const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const;

function fileFor(outDir: string, pathname: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(pathname));
  if (!file.startsWith(outDir)) return undefined;
  const candidate = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  return existsSync(candidate) ? candidate : undefined;
}

async function fillPageNumbers(page: Page, numbers: Record<string, number> | 'placeholder'): Promise<void> {
  await page.evaluate((n) => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
      // The placeholder is as wide as any real number, so filling in the real ones moves no line.
      el.textContent = n === 'placeholder' ? '000' : String(n[el.dataset['tocPage'] ?? ''] ?? '');
    }
  }, numbers);
}

async function printStable(page: Page): Promise<Buffer> {
  await fillPageNumbers(page, 'placeholder');
  let pdf = await page.pdf(PDF_OPTIONS);
  // Two passes: learn on which page every contents entry lands, write the numbers in, print again.
  for (let pass = 0; pass < 3; pass++) {
    const numbers = Object.fromEntries(readNamedDestinations(pdf));
    await fillPageNumbers(page, numbers);
    const next = await page.pdf(PDF_OPTIONS);
    const settled = JSON.stringify(Object.fromEntries(readNamedDestinations(next))) === JSON.stringify(numbers);
    pdf = next;
    if (settled) break;
  }
  return pdf;
}

/**
 * Starts Chromium for printing compilations; `undefined` when there is no Chromium at `executablePath`
 * (the caller says so and goes on without PDFs).
 */
export async function openPrinter(options: PrinterOptions): Promise<CompilationPrinter | undefined> {
  if (!existsSync(options.executablePath)) return undefined;
  const outDir = path.resolve(options.outDir);
  const fonts = options.fonts.map((f) => ({ weight: f.weight, data: readFileSync(f.file), url: `${ORIGIN}/__print-font-${f.weight}${path.extname(f.file)}` }));
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const font = fonts.find((f) => f.url === url.href);
    if (font) return route.fulfill({ body: font.data, contentType: 'font/ttf' });
    const file = url.origin === ORIGIN ? fileFor(outDir, url.pathname) : undefined;
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
  const faces = fonts.map((f) => `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-weight:${f.weight};src:url(${f.url});}`).join('');
  return {
    async print(pagePath, date) {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${ORIGIN}${encodeURI(pagePath)}`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`打开 ${pagePath} 失败（${response?.status() ?? '无响应'}）`);
        await page.addStyleTag({ content: faces });
        await page.evaluate(async (family) => {
          await Promise.all([document.fonts.load(`16px '${family}'`), document.fonts.load(`bold 16px '${family}'`)]);
          await document.fonts.ready;
        }, PRINT_FONT_FAMILY);
        const pdf = fixPdfDates(await printStable(page), date);
        return { pdf, pages: readPdfPageCount(pdf) };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
