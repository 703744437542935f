import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRareWebFont, type RareWebFontReport } from './add-rare-web-font.ts';

const outDir = mkdtempSync(path.join(tmpdir(), 'gsl-rare-web-'));
const pages: Record<string, string> = {
  'stories/2024/rare/index.html': '<html><head><title>吉𠮷</title></head><body><h1>吉𠮷与刘䶮</h1></body></html>',
  'stories/2024/plain/index.html': '<html><head><title>工商联</title></head><body><h1>工商联</h1></body></html>',
  'stories/2024/biang/index.html': '<html><head><title>面馆</title></head><body><h1>老街𰻞𰻞面馆</h1></body></html>',
  'archives/2024/compilation/index.html': '<html><head><title>汇编</title></head><body><h1>吉𠮷</h1></body></html>',
};
let report: RareWebFontReport;
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  }
  report = await addRareWebFont(outDir);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('addRareWebFont', () => {
  it('reports the rare characters it made a font for and the pages that link it', () => {
    expect([report.chars, report.pages]).toEqual(['䶮𠮷', 1]);
    expect(report.fontBytes).toBeGreaterThan(500);
    expect(report.fontBytes).toBeLessThan(4_000);
  });

  it('links the stylesheet from the page with rare characters only', () => {
    const css = readdirSync(path.join(outDir, 'fonts')).find((f) => f.endsWith('.css'));
    expect(read('stories/2024/rare/index.html')).toContain(`<link rel="stylesheet" href="/fonts/${css}"></head>`);
  });

  it('leaves pages without drawable rare characters, and the compilation, byte for byte as built', () => {
    for (const file of ['stories/2024/plain/index.html', 'stories/2024/biang/index.html', 'archives/2024/compilation/index.html']) expect(read(file)).toBe(pages[file]);
  });
});
