/**
 * Reading on a phone, in both modes, at 375×812 in Chromium with the demo site: every page type is measured as a
 * reader's browser lays it out (tests/support/phone-metrics.ts). The numbers are the promises of the reading issue:
 * <main> starts by 120 px (关怀版 200 px), the longest report's text starts on the first screen (关怀版 the second),
 * no table cell is off screen, nothing scrolls sideways, every control is a full-size target, no heading ends on a
 * line of one character, and nothing moves while a page loads.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '../../src/lib/deploy/headers.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { launchChromium } from '../support/browser.ts';
import { pageTypeUrls } from '../support/page-types.ts';
import { cellsOffScreen, layoutShift, MODES, orphanedHeadings, PHONE, phoneContext, sidewaysOverflow, smallTargets, textPosition, type Mode } from '../support/phone-metrics.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

/** Controls of the header, navigation, pagination and forms that must be full-size targets. */
const TARGETS = [
  '.site-header a',
  '.site-header button',
  '.site-header input',
  '.site-nav a',
  '.crumbs a',
  '.page-actions a',
  '.page-actions button',
  '.toc summary',
  '.pager a',
  '.year-nav a',
  '.archive-table a',
  '.more-link',
  '.to-toc a',
  '.ways a',
];

let server: StaticServer;
let browser: Browser;
let pages: string[];
let longestReport: string;
let tableReport: string;
const shots = path.resolve('test-results/phone');

beforeAll(async () => {
  // Served with the site's Content-Security-Policy and security headers, as the CDN serves it: a control that needs an
  // inline script would not work here either.
  server = await serveDir(inject('demoDist'), securityHeaders(loadSiteConfig('content')));
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
  const page = await browser.newPage();
  const types = await pageTypeUrls(page, server.url);
  // Every report, measured: the longest by its text, and one whose Markdown has a table.
  await page.goto(`${server.url}/reports/`);
  const reports = await page.$$eval('main .piece-list a.piece-title', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const measured = [];
  for (const report of reports) {
    await page.goto(`${server.url}${report}`);
    measured.push({ report, length: (await page.textContent('article.doc'))?.length ?? 0, tables: await page.locator('article.doc .table-wrap').count() });
  }
  longestReport = measured.reduce((a, b) => (b.length > a.length ? b : a)).report;
  tableReport = measured.find((m) => m.tables > 0)?.report ?? '';
  pages = [...new Set([...types, longestReport, tableReport, '/honors/2023/wanqi-bangwancun-xianjin/', '/search/'])];
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens every page in the mode and collects what `measure` finds wrong on each, as `path: problem`. */
async function survey(mode: Mode, measure: (page: Page, url: string) => Promise<string[]>): Promise<string[]> {
  const context = await phoneContext(browser, mode);
  const page = await context.newPage();
  const problems: string[] = [];
  for (const url of pages) {
    await page.goto(`${server.url}${url}`);
    for (const problem of await measure(page, url)) problems.push(`${url}: ${problem}`);
  }
  await context.close();
  return problems;
}

describe.each(MODES)('at 375×812 in $name', (mode) => {
  it(`starts <main> within ${mode.mainTop} px on every page type`, async () => {
    const problems = await survey(mode, async (page, url) => {
      const { main } = await textPosition(page);
      await page.screenshot({ path: path.join(shots, `${url.replace(/\W+/g, '_')}${mode.care ? '-care' : ''}.png`) });
      return main > mode.mainTop ? [`<main> at ${main} px`] : [];
    });
    expect(problems).toEqual([]);
  });

  it(`puts the longest report’s first paragraph on screen ${mode.screens}`, async () => {
    const context = await phoneContext(browser, mode);
    const page = await context.newPage();
    await page.goto(`${server.url}${longestReport}`);
    const { firstParagraph } = await textPosition(page);
    expect(firstParagraph).not.toBeNull();
    expect(firstParagraph!).toBeLessThan(PHONE.height * mode.screens);
    await context.close();
  });

  it('never scrolls sideways and keeps every table cell on screen', async () => {
    const problems = await survey(mode, async (page) => {
      const overflow = await sidewaysOverflow(page);
      return [...(overflow > 0 ? [`scrolls ${overflow} px sideways`] : []), ...(await cellsOffScreen(page))];
    });
    expect(problems).toEqual([]);
    expect(pages).toContain(tableReport);
  });

  it(`makes every control of header, navigation, pagination and forms at least ${mode.target} px`, async () => {
    const problems = await survey(mode, async (page) => {
      // 回到目录 shows once the reader has scrolled: measure it there too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      return smallTargets(page, TARGETS, mode.target);
    });
    expect(problems).toEqual([]);
  });

  it('ends no heading on a line of one character', async () => {
    expect(await survey(mode, async (page) => orphanedHeadings(page))).toEqual([]);
  });

  it('moves nothing while a page loads (CLS 0)', async () => {
    const problems = await survey(mode, async (page) => {
      const shift = await layoutShift(page);
      return shift > 0 ? [`layout shift ${shift.toFixed(4)}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('the 目录 control', () => {
  it('opens without JavaScript and takes the reader to the part', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${longestReport}`);
    const link = page.locator('.toc a').nth(1);
    expect(await link.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    expect(await link.isVisible()).toBe(true);
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, href);
    const top = await page.locator(`[id="${href.slice(1)}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });

  it('is reached again from deep in a long report by 回到目录, which opens it', async () => {
    const context = await phoneContext(browser, MODES[0]);
    const page = await context.newPage();
    await page.goto(`${server.url}${longestReport}`);
    expect(await page.locator('.to-toc a').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    await page.locator('.to-toc a').click();
    await page.waitForFunction(() => location.hash === '#toc-list');
    expect(await page.locator('#toc').getAttribute('open')).not.toBeNull();
    const top = await page.locator('#toc-list').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PHONE.height / 2);
    await context.close();
  });
});

describe('signs of an official publication', () => {
  it('gives a report its facts up front and its 落款 and 来源 / 责任编辑 / 审核 at the end', async () => {
    const context = await phoneContext(browser, MODES[0]);
    const page = await context.newPage();
    await page.goto(`${server.url}/reports/2024/zhiwei-shijie-sici/`);
    expect(await page.textContent('.facts')).toContain('2024年1月25日');
    expect((await page.textContent('.signoff'))?.replace(/\s+/g, '')).toBe('锦川市工商业联合会（总商会）2024年1月25日');
    expect((await page.textContent('.signs'))?.replace(/\s+/g, ' ').trim()).toBe('来源：锦川市工商联办公室 责任编辑：林晓雯 审核：周正平');
    await context.close();
  });

  it('gives an honour list its 文号, issuers, date and a count of units and people', async () => {
    const context = await phoneContext(browser, MODES[0]);
    const page = await context.newPage();
    await page.goto(`${server.url}/honors/2023/wanqi-bangwancun-xianjin/`);
    const fact = async (label: string) => (await page.locator('.facts > div', { has: page.locator('dt', { hasText: label }) }).locator('dd').textContent())?.replace(/\s+/g, ' ');
    expect(await fact('文号')).toBe('锦工商联〔2023〕15号');
    expect(await fact('表彰对象')).toBe('36 个（单位 24 家、个人 12 名）');
    expect((await page.textContent('.signoff'))?.replace(/\s+/g, '')).toBe('锦川市工商业联合会（总商会）锦川市乡村振兴局锦川市光彩事业促进会2023年6月16日');
    await context.close();
  });

  it('prints from 打印, which is shown only where scripts run', async () => {
    const context = await phoneContext(browser, MODES[0]);
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/honors/2023/wanqi-bangwancun-xianjin/`);
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();

    const scriptless = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const still = await scriptless.newPage();
    await still.goto(`${server.url}/honors/2023/wanqi-bangwancun-xianjin/`);
    expect(await still.locator('button[data-print]').isVisible()).toBe(false);
    await scriptless.close();
  });
});

describe('tables that fit', () => {
  it('shows an honour table as cards: the name first, every other cell under its column’s name', async () => {
    const context = await phoneContext(browser, MODES[1]);
    const page = await context.newPage();
    await page.goto(`${server.url}/honors/2023/wanqi-bangwancun-xianjin/`);
    const card = page.locator('tbody tr').first();
    const [number, name, region] = await Promise.all([card.locator('.row-number'), card.locator('th'), card.locator('td[data-label="地区"]')].map((l) => l.boundingBox()));
    expect(name!.y).toBeLessThan(region!.y);
    expect(Math.abs(number!.y - name!.y)).toBeLessThan(name!.height);
    expect(await card.locator('td[data-label="地区"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"地区"');
    await context.close();
  });
});

describe('searching from a phone', () => {
  it('goes from 搜索 in the header to the search page, with scripts or without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${server.url}${longestReport}`);
      await page.locator('.site-header').getByRole('link', { name: '搜索' }).click();
      await page.waitForURL(`${server.url}/search/`);
      expect(await page.locator('#search-q').isVisible()).toBe(true);
      await context.close();
    }
  });
});
