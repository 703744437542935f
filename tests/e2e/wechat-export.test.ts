/**
 * `npm run wechat` on the built demo site, as the 宣传 staff use it: a report, an honour list and a story exported, opened
 * at 375 px and pasted into an editable page in Chromium. Nothing the 公众号 editor drops may carry the look, nothing
 * of the source may go missing, and nothing may scroll sideways on a phone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseMarkdownTree } from '../../src/lib/checks/markdown.ts';
import { splitFrontMatter } from '../../src/lib/checks/front-matter.ts';
import { parseHonorDocument } from '../../src/lib/honors.ts';
import { mdastText } from '../../src/lib/mdast-text.ts';
import { remarkOutline } from '../../src/lib/remark-outline.ts';
import { launchChromium } from '../support/browser.ts';

const SOURCES = ['content/reports/2024/zhiwei-shijie-sici.mdx', 'content/honors/2024/youxiu-jianshezhe.md', 'content/stories/2024/jinxiu-zhibo-jidi.mdx'];
const exportRoot = mkdtempSync(path.join(tmpdir(), 'gsl-wechat-e2e-'));
let browser: Browser;
const runs = new Map<string, { status: number; output: string; folder: string }>();

/** Every heading of a source as the site renders it (the outline plugin for reports) and every honour table row's cells. */
function sourceParts(file: string): { headings: string[]; rows: string[][] } {
  const { body } = splitFrontMatter(readFileSync(file, 'utf8'));
  if (file.includes('/honors/')) {
    const blocks = parseHonorDocument(body);
    const headings = blocks.flatMap((b) => (b.type === 'table' && b.table.heading ? [b.table.heading] : []));
    return { headings, rows: blocks.flatMap((b) => (b.type === 'table' ? b.table.rows.map((r) => r.cells) : [])) };
  }
  const tree = parseMarkdownTree(body, file.endsWith('.mdx'));
  remarkOutline({ pathIncludes: '' })(tree, { path: file });
  return { headings: tree.children.flatMap((n) => (n.type === 'heading' ? [mdastText(n).trim()] : [])), rows: [] };
}

/** The built page of a source: `content/reports/2024/x.mdx` → `reports/2024/x/index.html`. */
const pageOf = (source: string) => `${source.replace(/^content\//, '').replace(/\.mdx?$/, '')}/index.html`;

/** The cells of every body row of every table inside the page's article, as text (header rows are labels, not data). */
function pageTableRows(html: string): string[][] {
  const rows: string[][] = [];
  let depth = 0;
  let head = false;
  let cell: string | undefined;
  new Parser(
    {
      onopentag: (name) => {
        if (name === 'article') depth += 1;
        if (name === 'thead') head = true;
        if (depth > 0 && !head && name === 'tr') rows.push([]);
        if (depth > 0 && (name === 'td' || name === 'th')) cell = '';
      },
      ontext: (t) => {
        if (cell !== undefined) cell += t;
      },
      onclosetag: (name) => {
        if (name === 'article') depth -= 1;
        if (name === 'thead') head = false;
        if (head) cell = undefined;
        if ((name === 'td' || name === 'th') && cell !== undefined) {
          rows.at(-1)?.push(cell.trim());
          cell = undefined;
        }
      },
    },
    { decodeEntities: true },
  ).end(html);
  return rows.map((cells) => cells.filter((c) => c !== '')).filter((cells) => cells.length > 0);
}

function textOf(html: string): string {
  let text = '';
  new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true }).end(html);
  return text.replace(/\s+/g, '');
}

beforeAll(async () => {
  for (const source of SOURCES) {
    const result = spawnSync(process.execPath, ['scripts/wechat.ts', source], { encoding: 'utf8', env: { ...process.env, GSL_OUT_DIR: inject('demoDist'), GSL_WECHAT_DIR: exportRoot } });
    const slug = path.basename(source).replace(/\.mdx?$/, '');
    runs.set(source, { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, folder: path.join(exportRoot, `2024-${slug}`) });
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(exportRoot, { recursive: true, force: true });
});

describe.each(SOURCES)('npm run wechat -- %s', (source) => {
  const run = () => runs.get(source)!;
  const article = () => readFileSync(path.join(run().folder, 'article.html'), 'utf8');

  it('says where the article, cover and thumbnail are, and the page’s address for 原文链接', () => {
    expect(run().status, run().output).toBe(0);
    expect(run().output).toContain('article.html');
    expect(run().output).toMatch(/原文链接.*https:\/\/www\.jcgsl\.example\.cn\/(reports|honors|stories)\/2024\//);
  });

  it('has no <style>, class=, id= or <script>: every style is inline', () => {
    const html = article();
    const found: string[] = [];
    new Parser({ onopentag: (name, attribs) => found.push(...(['style', 'script'].includes(name) ? [`<${name}>`] : []), ...Object.keys(attribs).filter((a) => a === 'class' || a === 'id')) }).end(html);
    expect(found).toEqual([]);
    expect(html).not.toMatch(/<style|class=|<script/);
  });

  it('keeps every heading and every table row of the source, and ends with the page’s address', () => {
    const text = textOf(article());
    const { headings, rows: honourRows } = sourceParts(source);
    // Every other table the page carries too: Markdown tables, and a chart's data (its text equivalent on the page).
    const rows = [...honourRows, ...pageTableRows(readFileSync(path.join(inject('demoDist'), pageOf(source)), 'utf8'))];
    expect(headings.filter((h) => !text.includes(h.replace(/\s+/g, '')))).toEqual([]);
    expect(rows.filter((cells) => cells.some((c) => !text.includes(c.replace(/\s+/g, ''))))).toEqual([]);
    expect(text).toMatch(/原文网址：https:\/\/www\.jcgsl\.example\.cn\/.+\/$/);
  });

  it('uses only absolute https addresses for links and images', () => {
    const urls: string[] = [];
    new Parser({ onopentag: (_n, attribs) => urls.push(...[attribs['href'], attribs['src']].filter((u): u is string => u !== undefined)) }).end(article());
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('does not scroll sideways at 375 px, opened or pasted into an editor', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(pathToFileURL(path.join(run().folder, 'article.html')).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setContent('<!doctype html><html lang="zh-CN"><body style="margin:0"><div id="editor" contenteditable="true"></div></body></html>');
    await page.evaluate((source) => {
      document.getElementById('editor')!.focus();
      document.execCommand('insertHTML', false, new DOMParser().parseFromString(source, 'text/html').body.innerHTML);
    }, article());
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent!.length)).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('writes a 900×383 cover and a 400×400 square beside the article', () => {
    const size = (name: string) => {
      const png = PNG.sync.read(readFileSync(path.join(run().folder, name)));
      return `${png.width}×${png.height}`;
    };
    expect([size('cover.png'), size('square.png')]).toEqual(['900×383', '400×400']);
  });
});

describe('npm run wechat with a wrong file', () => {
  it('says in one Chinese line what to give it', () => {
    const result = spawnSync(process.execPath, ['scripts/wechat.ts', 'content/site.yaml'], { encoding: 'utf8', env: { ...process.env, GSL_OUT_DIR: inject('demoDist'), GSL_WECHAT_DIR: exportRoot } });
    expect([result.status, result.stderr.trim()]).toEqual([1, 'content/site.yaml 不是工作报告、表彰名单或企业故事：请给出 content/reports/、content/honors/ 或 content/stories/ 下的 .md 或 .mdx 文件']);
  });
});
