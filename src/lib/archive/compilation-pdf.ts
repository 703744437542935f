import { archiveText } from '../../i18n/archive.ts';
import type { ArchiveCache } from './archive-cache.ts';
import { hashParts } from '../source-fingerprint.ts';
import { compilationPath } from './archive-paths.ts';
import { readPdfPageCount } from './pdf-structure.ts';
import type { CompilationPrinter } from './print-compilation.ts';
import { collectPrintText } from './print-font.ts';
import { readPageInputs } from './read-page-inputs.ts';

/** A year's compilation PDF and whether this build printed it (false: the cache had the same bytes). */
export interface CompilationPdf {
  pdf: Buffer;
  pages: number;
  printed: boolean;
  /** Its key in the archive cache. */
  key: string;
  /** The site paths of the files besides the page that decided how it printed (readPageInputs). */
  assets: string[];
}

/** What a compilation is printed with. */
export interface CompilationPdfOptions {
  outDir: string;
  printer: CompilationPrinter;
  cache: ArchiveCache | undefined;
  /** `readArchiveCodeVersion()`: the code that prints. */
  codeVersion: string;
}

/**
 * The PDF of a year's compilation, printed only when something that decides its bytes changed: the built page and
 * every file it loads, the date it carries, the print code, Chromium and the fonts. Otherwise the cached copy.
 */
export async function makeCompilationPdf(year: number, date: string, options: CompilationPdfOptions): Promise<CompilationPdf> {
  const pagePath = compilationPath(year);
  const inputs = readPageInputs(options.outDir, pagePath);
  const key = hashParts([options.codeVersion, 'pdf', options.printer.stamp, date, ...inputs.flatMap((input) => [input.path, input.data])]);
  const cached = options.cache?.read(key, 'pdf');
  const assets = inputs.slice(1).map((input) => input.path);
  if (cached) return { pdf: cached, pages: readPdfPageCount(cached), printed: false, key, assets };
  const printed = await options.printer.print(pagePath, date, collectPrintText(inputs)).catch((error: unknown) => {
    throw new Error(archiveText.log.pdfFailed(year), { cause: error });
  });
  options.cache?.write(key, 'pdf', printed.pdf);
  return { ...printed, printed: true, key, assets };
}
