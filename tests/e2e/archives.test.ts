import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/archive/manifest.ts';
import { launchChromium, recordRequests } from '../support/browser.ts';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { listPdfFonts } from '../support/pdffonts.ts';
import { readZip, unzipTo } from '../support/read-zip.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const ROOT = '锦川工商联-2024';
let dist: string;
let bundle: Map<string, Buffer>;
let manifest: Manifest;
const file = (name: string) => bundle.get(`${ROOT}/${name}`);

beforeAll(async () => {
  dist = inject('demoDist');
  bundle = await readZip(path.join(dist, 'archives', `${ROOT}.zip`));
  manifest = JSON.parse(file('manifest.json')!.toString('utf8')) as Manifest;
});

describe('the 2024 bundle of the demo site', () => {
  it('holds the front page, year page, compilation, PDF and manifest in one folder', () => {
    const names = [...bundle.keys()];
    expect(names.filter((n) => !n.startsWith(`${ROOT}/`))).toEqual([]);
    for (const name of ['index.html', 'years/2024/index.html', '年度汇编.html', '年度汇编.pdf', 'manifest.json', 'theme.css', 'logo.svg']) expect(file(name), name).toBeDefined();
    expect(names.some((n) => /\/_astro\/.+\.css$/.test(n))).toBe(true);
  });

  it('lists each 2024 report, honour list and story with its live URL, and carries its page and Markdown', () => {
    expect(manifest.entries.map((e) => [e.type, e.date.slice(0, 4)])).toContainEqual(['report', '2024']);
    expect(new Set(manifest.entries.map((e) => e.type))).toEqual(new Set(['report', 'honor', 'story']));
    for (const entry of manifest.entries) {
      expect(entry.url).toBe(`https://www.jcgsl.example.cn/${entry.page.replace(/index\.html$/, '')}`);
      expect(file(entry.page), entry.page).toBeDefined();
      expect(file(entry.source)!.equals(readFileSync(path.join('content', entry.source.replace(/^sources\//, '')))), entry.source).toBe(true);
    }
  });

  it('gives hashes in the manifest that match the files', () => {
    expect(manifest.entries.filter((e) => sha(file(e.source)!) !== e.sha256)).toEqual([]);
    expect(manifest.files.filter((f) => sha(file(f.path)!) !== f.sha256 || file(f.path)!.byteLength !== f.size)).toEqual([]);
    expect(manifest.files.length).toBe(bundle.size - 1);
  });

  it('is linked from the year page with its size and SHA-256', () => {
    const zip = readFileSync(path.join(dist, 'archives', `${ROOT}.zip`));
    const page = readFileSync(path.join(dist, 'years/2024/index.html'), 'utf8');
    expect(page).toContain(`>${sha(zip)}</code>`);
    expect(page).toMatch(/<span [^>]*data-archive-size[^>]*>\d+\.\d (KB|MB)<\/span>/);
    expect(readFileSync(path.join(dist, 'archives/index.html'), 'utf8')).toContain('data-archive-file="锦川工商联-2024.zip"');
  });

  it('has a PDF compilation of plausible length that contains every report title', async () => {
    const pdf = new Uint8Array(file('年度汇编.pdf')!);
    const document = await getDocumentProxy(pdf);
    const { text } = await extractText(document, { mergePages: true });
    // Only line breaks are taken out; every character must be the one written (工, not the radical ⼯ U+2F2F).
    const flat = text.replace(/\s+/g, '');
    expect(document.numPages).toBeGreaterThanOrEqual(10);
    expect(document.numPages).toBeLessThanOrEqual(80);
    const reports = manifest.entries.filter((e) => e.type === 'report');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((r) => !flat.includes(r.title.replace(/\s+/g, ''))).map((r) => r.title)).toEqual([]);
    expect(flat).toContain('目录');
  });

  it('has a PDF text layer without look-alike radicals, so copying and searching find the real characters', async () => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file('年度汇编.pdf')!)), { mergePages: true });
    expect(text.match(/[\u2E80-\u2FDF]/gu)).toBeNull();
    expect(text.replace(/\s+/g, '')).toContain('锦川市工商业联合会');
  });
});

describe('the 2024 volume (the compilation PDF) as a bound book', () => {
  const site = loadSiteConfig('content');
  const volumeTitle = '锦川工商联2024年度汇编';
  let pages: string[];
  let pdf: Uint8Array;
  // pdf.js takes over the bytes it is given: each reader gets its own copy.
  const open = () => getDocumentProxy(new Uint8Array(pdf));

  beforeAll(async () => {
    pdf = new Uint8Array(file('年度汇编.pdf')!);
    pages = (await extractText(await open(), { mergePages: false })).text.map((t) => t.replace(/\s+/g, ''));
  });

  it('has a bookmark for every piece, under its part, in the order of the contents', async () => {
    const [volume] = await (await open()).getOutline();
    type Bookmark = { title: string; items: Bookmark[] };
    const parts = (volume!.items as Bookmark[]).filter((item) => item.title !== '目录');
    expect(parts.map((part) => part.title)).toEqual(['工作报告', '表彰名单', '企业故事']);
    const pieces = parts.flatMap((part) => part.items.map((item) => item.title));
    expect(pieces).toHaveLength(manifest.entries.length);
    expect([...pieces].sort()).toEqual(manifest.entries.map((e) => e.title).sort());
  });

  it('has a cover with the issuing body and the compilation date, and no page number on it', () => {
    expect(pages[0]).toContain(`${site.name}编`);
    expect(pages[0]).toContain('2024年10月16日');
    expect(pages[0]).not.toMatch(/—\d+—/);
  });

  it('numbers every page after the cover and heads every page with text: the volume on the left, the part on the right', () => {
    const wrong = pages.slice(1).flatMap((text, i) => {
      const number = i + 2;
      if (!text.includes(`—${number}—`)) return [`第 ${number} 页没有页码`];
      if (text === `—${number}—`) return [];
      const head = number % 2 === 0 ? volumeTitle : text.match(/^(目录|工作报告|表彰名单|企业故事)/)?.[1];
      return head && text.startsWith(head) ? [] : [`第 ${number} 页的页眉：${text.slice(0, 20)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('carries nothing that only makes sense on a screen: no page addresses, no ICP number, no links to web pages', () => {
    const all = pages.join('');
    expect(all).not.toContain('本文网址');
    expect(all).not.toContain(site.icp);
    expect(all).not.toContain('网络版');
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('/URI');
  });

  it('embeds every font it uses', () => {
    const fonts = listPdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('says its title, the organisation as author and its language, and is tagged', async () => {
    const info = (await (await open()).getMetadata()).info as Record<string, string>;
    expect([info['Title'], info['Author'], info['Language']]).toEqual([volumeTitle, site.name, 'zh-CN']);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/StructTreeRoot/);
  });
});

describe('the offline copy opened from disk in Chromium', () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = path.join(unzipTo(bundle), ROOT);
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  it('shows the year page styled, follows its links to a report and back, and loads nothing from elsewhere', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await page.goto(pathToFileURL(path.join(folder, 'years/2024/index.html')).href);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(159, 29, 32)');
    const report = manifest.entries.find((e) => e.type === 'report')!;
    await page.click(`a:text-is("${report.title}")`);
    expect(fileURLToPath(page.url())).toBe(path.join(folder, report.page));
    expect((await page.textContent('h1'))?.trim()).toBe(report.title);
    await page.click('.crumbs a[href*="years/2024"]');
    expect(fileURLToPath(page.url())).toBe(path.join(folder, 'years/2024/index.html'));
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('sends links to other years and to enterprises to the live site', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(folder, 'years/2024/index.html')).href);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://www.jcgsl.example.cn/archives/');
    expect(hrefs.filter((h) => h.startsWith('/'))).toEqual([]);
    expect(hrefs.some((h) => h.includes('2023/'))).toBe(false);
    await page.close();
  });

  it('opens the compilation from the front page with its contents linking into the document', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await page.click('a:text-is("年度汇编（网页，可打印）")');
    expect((await page.textContent('h1'))?.trim()).toBe('2024年度汇编');
    const target = await page.$eval('.contents li li a', (a) => a.getAttribute('href') ?? '');
    expect(await page.locator(target).count()).toBe(1);
    await page.close();
  });
});

describe('building a small tree again', () => {
  const env = { GSL_NOW: '2026-01-01T00:00:00+08:00' };
  const caches: string[] = [];
  const cache = () => caches[caches.push(mkdtempSync(path.join(tmpdir(), 'gsl-archive-cache-'))) - 1]!;
  afterAll(() => {
    removeContentCopies();
    for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  });
  let first: string;
  let second: string;
  let again: string;
  let changed: string;
  let logs: { first: string; again: string; changed: string };

  beforeAll(() => {
    // Two cold builds (each with an empty cache) show the bytes follow from the content; a third, on the first's
    // cache, shows an unchanged tree is not printed again; a fourth, with one more 2023 story, that only 2023 is.
    const shared = { ...env, GSL_ARCHIVE_CACHE_DIR: cache() };
    const builds = [buildSite('tests/fixtures/mini', shared), buildSite('tests/fixtures/mini', { ...env, GSL_ARCHIVE_CACHE_DIR: cache() }), buildSite('tests/fixtures/mini', shared)];
    // The same tree plus one more 2023 story: only the 2023 bundle may change.
    const tree = copyContentTree('tests/fixtures/mini', 'gsl-mini-plus-');
    writeFileSync(
      path.join(tree, 'stories/2023/hengfeng-huishou.md'),
      '---\ntitle: 恒丰纸业建起废纸回收站\ndate: 2023-10-09\nenterprises: [恒丰纸业]\nsummary: 一家纸业企业在县城设了三个回收站。\n---\n\n回收站每天收废纸两吨。\n',
    );
    builds.push(buildSite(tree, shared));
    for (const build of builds) if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    [first, second, again, changed] = builds.map((b) => b.dist) as [string, string, string, string];
    logs = { first: builds[0]!.output, again: builds[2]!.output, changed: builds[3]!.output };
  }, 900_000);

  const bytes = (dist: string, year: number) => readFileSync(path.join(dist, 'archives', `澄江工商联-${year}.zip`));

  it('prints and zips every year on a build with an empty cache', () => {
    expect(logs.first).toMatch(/2024：\d+ 个页面，1 篇报告 → 澄江工商联-2024\.zip（[\d.]+ KB），PDF \d+ 页，/);
    expect(logs.first).toMatch(/2023：\d+ 个页面，\d+ 篇报告 → 澄江工商联-2023\.zip（[\d.]+ KB），PDF \d+ 页，/);
    expect(logs.first).toContain('年度归档：2 个年度（0 个未变化，沿用缓存），打印 PDF 2 份');
  });

  it('prints and zips nothing again when the content did not change, and yields the same bytes', () => {
    expect(logs.again).toMatch(/2024：未变化，沿用缓存 → 澄江工商联-2024\.zip/);
    expect(logs.again).toMatch(/2023：未变化，沿用缓存 → 澄江工商联-2023\.zip/);
    expect(logs.again).toContain('年度归档：2 个年度（2 个未变化，沿用缓存），打印 PDF 0 份');
    expect(bytes(again, 2024).equals(bytes(first, 2024))).toBe(true);
    expect(bytes(again, 2023).equals(bytes(first, 2023))).toBe(true);
  });

  it('prints again only the year whose content changed', () => {
    expect(logs.changed).toMatch(/2024：未变化，沿用缓存 → 澄江工商联-2024\.zip/);
    expect(logs.changed).toMatch(/2023：\d+ 个页面，\d+ 篇报告 → 澄江工商联-2023\.zip（[\d.]+ KB），PDF \d+ 页，/);
    expect(logs.changed).toContain('年度归档：2 个年度（1 个未变化，沿用缓存），打印 PDF 1 份');
  });

  it('writes byte-identical bundles and PDFs from the same content', async () => {
    expect(bytes(second, 2024).equals(bytes(first, 2024))).toBe(true);
    expect(bytes(second, 2023).equals(bytes(first, 2023))).toBe(true);
    const pdf = async (dist: string) => (await readZip(path.join(dist, 'archives/澄江工商联-2024.zip'))).get('澄江工商联-2024/年度汇编.pdf')!;
    expect(sha(await pdf(second))).toBe(sha(await pdf(first)));
  });

  it('keeps a year’s bundle unchanged when only another year’s content changes', () => {
    expect(bytes(changed, 2024).equals(bytes(first, 2024))).toBe(true);
    expect(bytes(changed, 2023).equals(bytes(first, 2023))).toBe(false);
  });

  it('leaves drafts and pieces scheduled for later out of every bundle', async () => {
    const names = [...(await readZip(path.join(first, 'archives/澄江工商联-2024.zip'))).keys(), ...(await readZip(path.join(first, 'archives/澄江工商联-2023.zip'))).keys()];
    expect(names.filter((n) => /caogao|weilai/.test(n))).toEqual([]);
    const texts = [...(await readZip(path.join(first, 'archives/澄江工商联-2024.zip'))).values()].map((b) => b.toString('latin1')).join('');
    expect(texts).not.toContain('caogao');
  });
});
