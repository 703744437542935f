import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateBundledFonts } from '../fonts/bundled-fonts.ts';
import { openPrinter, type CompilationPrinter } from './print-compilation.ts';
import { collectPrintText } from './print-font.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const paragraph = '<p>全年走访企业五十余家，协调解决融资、用地、用工等问题三十项，推动出台支持民营经济发展的政策措施十二条。</p>';
const compilation = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="/print.css"></head><body>
<nav><a href="#r-a"><span>在市工商联执委会议上的工作报告</span><span data-toc-page="r-a"></span></a>
<a href="#r-b"><span>在营商环境座谈会上的讲话</span><span data-toc-page="r-b"></span></a></nav>
<h2 id="r-a">在市工商联执委会议上的工作报告</h2>${paragraph.repeat(40)}
<h2 id="r-b">在营商环境座谈会上的讲话</h2>${paragraph.repeat(3)}<p>受表彰的有吉𠮷、刘䶮、𬌗氏、堃喆昇和𠠬记商行。</p><h3>𠮷氏商行</h3></body></html>`;

const css = `@page { size: A4; margin: 20mm } body { font-family: 'GSL Print Serif'; } h2 { break-before: page }`;
// Two parts that must open on right-hand pages; the first would fall on page 2, the second (after one page of text) on page 4.
const volume = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>锦川工商联2023年度汇编</title><meta name="author" content="锦川市工商业联合会（总商会）">
<style>@page { size: A4; margin: 20mm } body { font-family: 'GSL Print Serif'; } section { break-before: page } .blank-page { height: 1px; break-before: page }</style></head><body>
<h1>2023年度汇编</h1><nav><a href="#part-a">工作报告</a><a href="#part-b">表彰名单</a><a href="https://www.jcgsl.example.cn/reports/2023/x/">网页</a></nav>
<section data-recto="part-a"><h2 id="part-a">工作报告</h2>${paragraph}</section><section data-recto="part-b"><h2 id="part-b">表彰名单</h2>${paragraph}</section></body></html>`;
const text = collectPrintText([{ path: '/archives/2024/compilation/index.html', data: Buffer.from(compilation) }, { path: '/print.css', data: Buffer.from(css) }]);
let outDir: string;
let printer: CompilationPrinter | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gsl-print-'));
  mkdirSync(path.join(outDir, 'archives/2024/compilation'), { recursive: true });
  writeFileSync(path.join(outDir, 'archives/2024/compilation/index.html'), compilation);
  writeFileSync(path.join(outDir, 'print.css'), css);
  mkdirSync(path.join(outDir, 'archives/2023/compilation'), { recursive: true });
  writeFileSync(path.join(outDir, 'archives/2023/compilation/index.html'), volume);
  printer = await openPrinter({ outDir, executablePath: CHROMIUM, families: locateBundledFonts() });
  if (!printer) throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 \`apt-get install -y chromium fonts-noto-cjk\``);
}, 60_000);

afterAll(() => printer?.close());

describe('openPrinter', () => {
  it('reports no printer when Chromium is not installed', async () => {
    expect(await openPrinter({ outDir: tmpdir(), executablePath: '/nonexistent/chromium', families: [] })).toBeUndefined();
  });

  it('starts Chromium only when the first compilation is printed', () => {
    expect(printer!.launches()).toBe(0);
  });

  it('writes each contents entry’s page number into the PDF, whose text layer reads as the real characters', async () => {
    const { pdf, pages } = await printer!.print('/archives/2024/compilation/', '2024-08-20', text);
    const pageTexts = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text;
    expect(pages).toBe(5);
    // 工 and 民 used to come out as the look-alike radicals ⼯ (U+2F2F) and ⺠ (U+2EA0), which no search finds.
    expect(pageTexts[0]?.replace(/\s+/g, '')).toBe('在市工商联执委会议上的工作报告2在营商环境座谈会上的讲话5');
    expect(pageTexts.join('').replace(/\s+/g, '')).toContain('推动出台支持民营经济发展的政策措施');
  }, 60_000);

  it('prints the rare characters of names from the fallback fonts, in regular and bold, into the text layer', async () => {
    const { pdf } = await printer!.print('/archives/2024/compilation/', '2024-08-20', text);
    const all = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, '');
    expect(all).toContain('受表彰的有吉𠮷、刘䶮、𬌗氏、堃喆昇和𠠬记商行。');
    expect(all).toContain('𠮷氏商行');
    // Only the print's own fonts are embedded: no character fell through to a font of the machine.
    const fonts = [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[^\s/>]+)/g)].map((m) => m[1]!.split('+')[1]);
    expect(new Set(fonts)).toEqual(new Set(['NotoSerifSC-Regular', 'NotoSerifSC-Bold', 'NotoSerifJP-Regular', 'NotoSerifJP-Bold', 'NotoSerifHK-Regular']));
  }, 60_000);

  it('opens every part on a right-hand page, putting an empty page before it where needed', async () => {
    const { pdf, pages } = await printer!.print('/archives/2023/compilation/', '2023-12-20', collectPrintText([{ path: '/archives/2023/compilation/index.html', data: Buffer.from(volume) }]));
    const texts = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text.map((t) => t.replace(/\s+/g, ''));
    expect(pages).toBe(5);
    expect([texts[1], texts[3]]).toEqual(['', '']);
    expect([texts[2]?.startsWith('工作报告'), texts[4]?.startsWith('表彰名单')]).toEqual([true, true]);
  }, 60_000);

  it('names the organisation as the author, the page’s title and language, and links to no web page', async () => {
    const { pdf } = await printer!.print('/archives/2023/compilation/', '2023-12-20', collectPrintText([{ path: '/archives/2023/compilation/index.html', data: Buffer.from(volume) }]));
    const info = (await (await getDocumentProxy(new Uint8Array(pdf))).getMetadata()).info as Record<string, string>;
    expect([info['Title'], info['Author'], info['Language']]).toEqual(['锦川工商联2023年度汇编', '锦川市工商业联合会（总商会）', 'zh-CN']);
    expect(pdf.toString('latin1')).not.toContain('/URI');
  }, 60_000);

  it('prints the same page to the same bytes, dated by the content, also when two prints run at once in one Chromium', async () => {
    const [first, second] = await Promise.all([printer!.print('/archives/2024/compilation/', '2024-08-20', text), printer!.print('/archives/2024/compilation/', '2024-08-20', text)]);
    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.pdf.toString('latin1')).toContain("/CreationDate (D:20240820000000+08'00')");
    expect(printer!.launches()).toBe(1);
  }, 60_000);
});
