import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { pageTypeUrls } from '../support/page-types.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;
let urls: string[];

beforeAll(async () => {
  server = await serveDir(inject('demoDist'));
  browser = await launchChromium();
  const page = await browser.newPage();
  urls = await pageTypeUrls(page, server.url);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function auditAll(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const url of urls) {
    await page.goto(`${server.url}${url}`);
    for (const v of await seriousViolations(page)) problems.push(`${url}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
  }
  return problems;
}

/** Font size, line height and paragraph spacing of the first body paragraph, in px. */
function paragraphMetrics(page: Page) {
  return page.evaluate(() => {
    const p = document.querySelector('.doc p, main p') as HTMLElement;
    const style = getComputedStyle(p);
    return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight), spacing: parseFloat(style.marginBottom) };
  });
}

describe('accessibility in Chromium', () => {
  it('has no serious or critical axe-core violations on any page type', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    expect(await auditAll(page)).toEqual([]);
    await page.close();
  });

  it('reaches the main content through the skip link with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${urls[6]}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('关怀版 for older readers', () => {
  it('switches on from the header, enlarges and spaces text, and stays on across pages', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const report = urls[6]!;
    await page.goto(`${server.url}${report}`);
    const standard = await paragraphMetrics(page);
    await page.getByRole('button', { name: '关怀版' }).click();
    expect(await page.getAttribute('#care-toggle', 'aria-pressed')).toBe('true');
    const care = await paragraphMetrics(page);
    expect(care.fontSize / standard.fontSize).toBeGreaterThanOrEqual(1.5);
    expect(care.lineHeight / care.fontSize).toBeGreaterThanOrEqual(1.3);
    expect(care.spacing / care.lineHeight).toBeGreaterThanOrEqual(1.3);

    await page.getByRole('link', { name: '表彰名单' }).first().click();
    await page.waitForURL(/\/honors\/$/);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-care'))).toBe(true);
    expect(await page.getAttribute('#care-toggle', 'aria-pressed')).toBe('true');

    const sideways: string[] = [];
    for (const url of urls) {
      await page.goto(`${server.url}${url}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) sideways.push(`${url}: ${overflow}px`);
    }
    expect(sideways).toEqual([]);
    expect(await auditAll(page)).toEqual([]);

    await page.getByRole('button', { name: '关怀版' }).click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-care'))).toBe(false);
    await page.close();
  });

  it('leaves the page readable with scripts off, without a switch that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${urls[6]}`);
    expect(await page.isVisible('#care-toggle')).toBe(false);
    expect((await page.textContent('h1'))?.length).toBeGreaterThan(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
