/**
 * The year in numbers, on the built demo site: 数据 pages with charts and their tables, the open data against the
 * files editors wrote (read with a CSV parser and a Markdown parser of their own), the JSON Feed, the 大事记, the
 * report chart from an editor's table and CSV, the year bundles' datasets; and the pages at 375 px in both modes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Table } from 'mdast';
import type { Browser } from 'playwright-core';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { seriousViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { readZip } from '../support/read-zip.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

let dist: string;
beforeAll(() => {
  dist = inject('demoDist');
});

const page = (url: string) => fromHtml(readFileSync(path.join(dist, url, 'index.html'), 'utf8'));
function all(node: HastNodes, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) all(child as HastNodes, test, found);
  return found;
}
const text = (node: HastNodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => text(c as HastNodes)).join('') : '');
const hasClass = (e: Element, name: string) => [e.properties['className']].flat().includes(name);
const mdText = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? (node.children as Nodes[]).map(mdText).join('') : '');

/** The honour tables of a source file, read with remark + GFM: each table's header and its non-empty rows, cells trimmed. */
function sourceTables(file: string): { header: string[]; rows: string[][] }[] {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  return tree.children
    .filter((n): n is Table => n.type === 'table')
    .map((table) => {
      const [head, ...rows] = table.children.map((row) => row.children.map((cell) => mdText(cell).trim()));
      return { header: head!, rows: rows.filter((row) => row.some((cell) => cell !== '')).map((row) => head!.map((_, i) => row[i] ?? '')) };
    });
}

describe('open data', () => {
  const honorFiles = readdirSync('content/honors', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

  it('publishes every honour list as a CSV whose rows are the table rows of its source file', () => {
    expect(honorFiles.length).toBeGreaterThan(3);
    for (const rel of honorFiles) {
      const csvFile = path.join(dist, 'data/honors', rel.replace(/\.md$/, '.csv'));
      const bytes = readFileSync(csvFile);
      expect(bytes.subarray(0, 3), `${rel}: UTF-8 BOM`).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header, ...rows] = parseCsv(bytes, { bom: true }) as string[][];
      const columns = header!.slice(2);
      let next = 0;
      for (const table of sourceTables(path.join('content/honors', rel))) {
        table.rows.forEach((row, n) => {
          const line = rows[next++]!;
          expect(line[1], `${rel}: number`).toBe(String(n + 1));
          expect(line.slice(2), rel).toEqual(columns.map((column) => (table.header.includes(column) ? row[table.header.indexOf(column)] : '')));
        });
      }
      expect(next, `${rel}: as many rows as the source`).toBe(rows.length);
    }
  });

  it('publishes the same rows as JSON, each with a link to its row on the page', () => {
    for (const rel of honorFiles) {
      const json = JSON.parse(readFileSync(path.join(dist, 'data/honors', rel.replace(/\.md$/, '.json')), 'utf8')) as { groups: { columns: string[]; rows: { cells: string[]; url: string }[] }[] };
      const tables = sourceTables(path.join('content/honors', rel));
      expect(json.groups.map((g) => ({ header: g.columns, rows: g.rows.map((r) => r.cells) }))).toEqual(tables);
      for (const row of json.groups.flatMap((g) => g.rows)) {
        const { pathname, hash } = new URL(row.url);
        expect(all(page(pathname), (e) => e.properties['id'] === hash.slice(1)), row.url).toHaveLength(1);
      }
    }
  });

  it('publishes the enterprise directory as CSV with one row per enterprise file', () => {
    const files = readdirSync('content/enterprises').filter((f) => f.endsWith('.yaml'));
    const [header, ...rows] = parseCsv(readFileSync(path.join(dist, 'data/enterprises.csv')), { bom: true }) as string[][];
    expect(header).toEqual(['名称', '简称', '所在区县', '行业', '成立年份', '网站', '简介', '网址']);
    const written = files.map((f) => parseYaml(readFileSync(path.join('content/enterprises', f), 'utf8')) as { name: string; county: string; industry: string });
    expect(rows.map((r) => [r[0], r[2], r[3]]).sort()).toEqual(written.map((e) => [e.name, e.county, e.industry]).sort());
  });

  it('lists every dataset on /data/ with its real size, the licence line and a link from each honour page', () => {
    const data = page('data');
    const links = all(data, (e) => e.tagName === 'a' && String(e.properties['href']).startsWith('/data/'));
    const files = readdirSync(path.join(dist, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|json)$/.test(f));
    expect(links.map((a) => String(a.properties['href']).slice('/data/'.length)).sort()).toEqual(files.sort());
    for (const a of links) {
      const size = statSync(path.join(dist, String(a.properties['href']))).size;
      const shown = /（([\d.]+) (B|KB)）/.exec(text(a));
      expect(shown && Math.round(Number(shown[1]) * (shown[2] === 'KB' ? 1024 : 1) / (shown[2] === 'KB' ? 102.4 : 1)), text(a)).toBe(shown?.[2] === 'KB' ? Math.round(size / 102.4) : size);
    }
    expect(text(data)).toContain('本站开放数据可以自由下载');
    const honor = page('honors/2024/youxiu-jianshezhe');
    expect(all(honor, (e) => e.tagName === 'a' && e.properties['href'] === '/data/honors/2024/youxiu-jianshezhe.csv')).toHaveLength(1);
  });

  it('puts each year’s datasets into that year’s bundle, byte for byte', async () => {
    const bundle = await readZip(path.join(dist, 'archives/锦川工商联-2024.zip'));
    const inBundle = [...bundle.keys()].filter((name) => name.includes('/data/honors/'));
    expect(inBundle.sort()).toEqual(['锦川工商联-2024/data/honors/2024/guangcai-shiye-gongxian.csv', '锦川工商联-2024/data/honors/2024/guangcai-shiye-gongxian.json', '锦川工商联-2024/data/honors/2024/youxiu-jianshezhe.csv', '锦川工商联-2024/data/honors/2024/youxiu-jianshezhe.json']);
    for (const name of inBundle) expect(bundle.get(name)).toEqual(readFileSync(path.join(dist, name.slice(name.indexOf('/') + 1))));
  });
});

describe('JSON Feed', () => {
  it('has the JSON Feed 1.1 shape, and every item’s URL resolves in dist/', () => {
    const feed = JSON.parse(readFileSync(path.join(dist, 'feed.json'), 'utf8')) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed['title']).toBe('string');
    expect(feed['feed_url']).toBe('https://www.jcgsl.example.cn/feed.json');
    expect(feed.items.length).toBeGreaterThan(5);
    for (const item of feed.items) {
      expect(typeof item['id']).toBe('string');
      expect(typeof item['content_text'] === 'string' || typeof item['content_html'] === 'string').toBe(true);
      expect(String(item['date_published'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      const { pathname } = new URL(String(item['url']));
      expect(existsSync(path.join(dist, pathname, 'index.html')), pathname).toBe(true);
    }
  });

  it('carries the same items as rss.xml', () => {
    const feed = JSON.parse(readFileSync(path.join(dist, 'feed.json'), 'utf8')) as { items: { url: string }[] };
    const rss = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
    expect(feed.items.map((i) => i.url)).toEqual(links);
  });

  it('is announced in the head of every page', () => {
    for (const url of ['', 'data', 'years/2024', 'reports/2024/zhiwei-shijie-sici']) {
      expect(all(page(url), (e) => e.tagName === 'link' && e.properties['type'] === 'application/feed+json' && e.properties['href'] === '/feed.json'), url).toHaveLength(1);
    }
  });
});

describe('数据 pages', () => {
  it('gives every year a data page, linked from its year page, with charts drawn as SVG and a table for each', () => {
    for (const year of readdirSync('content/events').map((f) => f.slice(0, 4))) {
      expect(all(page(`years/${year}`), (e) => e.tagName === 'a' && e.properties['href'] === `/years/${year}/data/`), year).toHaveLength(1);
      const figures = all(page(`years/${year}/data`), (e) => e.tagName === 'figure' && hasClass(e, 'data-chart'));
      expect(figures.length, year).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(all(figure, (e) => e.tagName === 'svg')).toHaveLength(1);
        expect(all(figure, (e) => e.tagName === 'table')).toHaveLength(1);
      }
    }
  });

  it('draws the year’s honourees by 区县 with the numbers of the honour pages', () => {
    const figure = all(page('years/2024/data'), (e) => e.tagName === 'figure' && text(e).includes('2024年受表彰对象（按区县）'))[0]!;
    const cells = all(figure, (e) => e.tagName === 'td').map(text).map(Number);
    const rows = ['honors/2024/youxiu-jianshezhe', 'honors/2024/guangcai-shiye-gongxian'].flatMap((url) => all(page(url), (e) => e.tagName === 'tr' && hasClass(e, 'x') === false && e.properties['id'] !== undefined));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  it('runs no script of its own: the charts are static SVG', () => {
    for (const url of ['data', 'years/2024/data', 'reports/2024/zhiwei-shijie-sici']) {
      const scripts = all(page(url), (e) => e.tagName === 'script').map((s) => String(s.properties['src'] ?? 'inline'));
      expect(scripts.filter((src) => src !== '/care.js' && !src.startsWith('/_astro/')), url).toEqual([]);
      expect(all(page(url), (e) => e.tagName === 'svg').flatMap((svg) => all(svg, (e) => e.tagName === 'script' || e.tagName === 'foreignObject'))).toEqual([]);
    }
  });

  it('shows the 大事记 of events/<year>.yaml among the year’s pieces, in date order', () => {
    const items = all(page('years/2024'), (e) => e.tagName === 'ol' && hasClass(e, 'timeline-list')).flatMap((ol) => all(ol, (e) => e.tagName === 'li')).map(text);
    expect(items.findIndex((t) => t.includes('启动“万家民营企业评营商环境”活动'))).toBeGreaterThan(items.findIndex((t) => t.includes('在市工商联十届四次执委会议上的工作报告')));
    expect(items.at(-1)).toContain('诉调对接机制');
  });
});

describe('a report’s chart from an editor’s table and CSV', () => {
  it('draws the table inside <Chart> and the CSV beside the report, each with its numbers in a table', () => {
    const figures = all(page('reports/2024/zhiwei-shijie-sici'), (e) => e.tagName === 'figure' && hasClass(e, 'data-chart'));
    expect(figures.map((f) => all(f, (e) => e.tagName === 'td').map(text))).toEqual([
      ['86', '74', '52', '47', '39'],
      ['3.2', '2.1', '4.6', '3', '4.1', '3.8', '5.3', '4.4'],
    ]);
    expect(text(figures[1]!)).toContain('数据来源：市工商联经济服务部');
  });
});

describe('the data pages at 375 px', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDir(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fit the screen in standard mode and in 关怀版, where the chart text grows with the page', async () => {
    const sizes: Record<string, number> = {};
    for (const care of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      if (care) await context.addInitScript(() => localStorage.setItem('gsl-care', '1'));
      const tab = await context.newPage();
      for (const url of ['/data/', '/years/2024/data/', '/reports/2024/zhiwei-shijie-sici/']) {
        await tab.goto(`${server.url}${url}`);
        expect(await tab.evaluate(() => document.documentElement.scrollWidth), `${url} care=${care}`).toBeLessThanOrEqual(375);
        const overflowing = await tab.evaluate(() =>
          [...document.querySelectorAll('.chart-svg text')].filter((t) => {
            const box = t.getBoundingClientRect();
            const svg = t.closest('svg.chart-svg')!.getBoundingClientRect();
            return box.right > svg.right + 1 || box.left < svg.left - 1;
          }).length,
        );
        expect(overflowing, `${url} care=${care}: chart labels outside the chart`).toBe(0);
      }
      sizes[care ? 'care' : 'standard'] = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.chart-label')!).fontSize));
      await context.close();
    }
    expect(sizes['standard']).toBeGreaterThanOrEqual(15);
    expect(sizes['care']! / sizes['standard']!).toBeCloseTo(1.5, 1);
  });

  it('pass axe with no serious or critical violation, the report with charts included', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/reports/2024/zhiwei-shijie-sici/`);
    expect(await seriousViolations(tab)).toEqual([]);
    await tab.close();
  });
});
