import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openArchiveCache, type ArchiveCache } from './archive-cache.ts';
import { makeCompilationPdf, type CompilationPdfOptions } from './compilation-pdf.ts';
import { makeTestPdf } from './pdf-test-file.ts';
import type { CompilationPrinter } from './print-compilation.ts';

let outDir: string;
let cache: ArchiveCache;
let prints: Array<{ pagePath: string; date: string; text: string }>;

function fakePrinter(stamp = 'Chromium 156 · Noto Serif SC'): CompilationPrinter {
  return {
    stamp,
    async print(pagePath, date, text) {
      prints.push({ pagePath, date, text });
      // A two-page PDF that says which print it was, so a cached copy can be told from a fresh one.
      const pdf = makeTestPdf(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>', `<</Type /Page /Parent 2 0 R /Print ${prints.length}>>`, '<</Type /Page /Parent 2 0 R>>']);
      return { pdf, pages: 2 };
    },
    launches: () => 0,
    close: async () => undefined,
  };
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), text);
};
const options = (printer = fakePrinter()): CompilationPdfOptions => ({ outDir, printer, cache, codeVersion: 'v1' });

beforeEach(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gsl-compilation-pdf-'));
  cache = openArchiveCache(path.join(outDir, '.cache'));
  prints = [];
  write('archives/2024/compilation/index.html', '<link rel="stylesheet" href="/theme.css"><h1>2024年度汇编</h1><p>民营企业</p>');
  write('theme.css', 'body { color: #1d1d1f }');
});

describe('makeCompilationPdf', () => {
  it('prints the compilation with the font cut to its characters the first time', async () => {
    const result = await makeCompilationPdf(2024, '2024-12-20', options());
    expect([result.printed, result.pages]).toEqual([true, 2]);
    expect(prints.map((p) => [p.pagePath, p.date])).toEqual([['/archives/2024/compilation/', '2024-12-20']]);
    expect(prints[0]!.text).toContain('民');
  });

  it('takes the same bytes from the cache when nothing changed, without printing', async () => {
    const first = await makeCompilationPdf(2024, '2024-12-20', options());
    const second = await makeCompilationPdf(2024, '2024-12-20', options());
    expect([second.printed, second.pages, second.pdf.equals(first.pdf)]).toEqual([false, 2, true]);
    expect(prints).toHaveLength(1);
  });

  it('prints again when a stylesheet the page loads changes', async () => {
    await makeCompilationPdf(2024, '2024-12-20', options());
    write('theme.css', 'body { color: #000 }');
    expect((await makeCompilationPdf(2024, '2024-12-20', options())).printed).toBe(true);
  });

  it('prints again when the date, the printer or the code changes', async () => {
    await makeCompilationPdf(2024, '2024-12-20', options());
    expect((await makeCompilationPdf(2024, '2024-12-21', options())).printed).toBe(true);
    expect((await makeCompilationPdf(2024, '2024-12-20', options(fakePrinter('Chromium 157 · Noto Serif SC')))).printed).toBe(true);
    expect((await makeCompilationPdf(2024, '2024-12-20', { ...options(), codeVersion: 'v2' })).printed).toBe(true);
    expect(prints).toHaveLength(4);
  });

  it('says which year failed when printing fails', async () => {
    const printer = { ...fakePrinter(), print: () => Promise.reject(new Error('Target closed')) };
    await expect(makeCompilationPdf(2024, '2024-12-20', options(printer))).rejects.toThrow('2024年度汇编 PDF 生成失败');
  });
});
