import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignRequests, launchChromium, recordRequests } from '../support/browser.ts';
import { firstLink as findFirstLink, pageTypeUrls } from '../support/page-types.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;
const shots = path.resolve('test-results/screens');

beforeAll(async () => {
  server = await serveDir(inject('demoDist'));
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
  return { page, requests: recordRequests(page) };
}

const firstLink = (page: Page, listing: string, pattern: RegExp) => findFirstLink(page, server.url, listing, pattern);

describe('the demo site in Chromium at phone width', () => {
  it('renders every page type with its heading, without horizontal scroll or requests to other hosts', async () => {
    const { page, requests } = await phone();
    const paths = await pageTypeUrls(page, server.url);
    const problems: string[] = [];
    for (const p of paths) {
      const response = await page.goto(`${server.url}${p}`);
      const expected = p === '/no-such-page/' ? 404 : 200;
      if (response?.status() !== expected) problems.push(`${p}: status ${response?.status()}`);
      const h1 = (await page.textContent('h1'))?.trim() ?? '';
      if (!h1) problems.push(`${p}: no h1`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${p}: scrolls ${overflow}px sideways`);
      await page.screenshot({ path: path.join(shots, `${p.replace(/\W+/g, '_') || 'home'}.png`), fullPage: false });
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    await page.close();
  });

  it('jumps from the contents list to the heading it names', async () => {
    const { page } = await phone();
    await page.goto(`${server.url}${await firstLink(page, '/reports/', /^\/reports\/\d{4}\/[a-z0-9-]+\/$/)}`);
    const links = page.locator('.toc a');
    expect(await links.count()).toBeGreaterThan(3);
    await page.locator('.toc summary').click();
    const link = links.nth(2);
    const [text, href] = [await link.textContent(), await link.getAttribute('href')];
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, href);
    const heading = page.locator(`[id="${href?.slice(1)}"]`);
    expect(await heading.textContent()).toBe(text);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 200).toBe(true);
    await page.close();
  });

  it('follows an honouree to its enterprise page and back to the highlighted row', async () => {
    const { page } = await phone();
    await page.goto(`${server.url}/honors/`);
    const honors = await page.$$eval('main .piece-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    let enterpriseHref = '';
    for (const honor of honors) {
      await page.goto(`${server.url}${honor}`);
      enterpriseHref = (await page.$$eval('tbody th a[href^="/enterprises/"]', (as) => as.map((a) => a.getAttribute('href'))))[0] ?? '';
      if (enterpriseHref) break;
    }
    expect(enterpriseHref).toMatch(/^\/enterprises\/[a-z0-9-]+\/$/);
    const name = await page.locator(`tbody th a[href="${enterpriseHref}"]`).first().textContent();
    await page.locator(`tbody th a[href="${enterpriseHref}"]`).first().click();
    await page.waitForURL(`${server.url}${enterpriseHref}`);
    expect((await page.textContent('h1'))?.trim()).toBe(name);

    const back = page.locator('#honors ~ .piece-list a, section[aria-labelledby="honors"] a').first();
    const backHref = (await back.getAttribute('href')) ?? '';
    expect(backHref).toMatch(/^\/honors\/\d{4}\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await back.click();
    await page.waitForFunction(() => location.hash.length > 1);
    const targetName = await page.locator('tbody tr:target th').textContent();
    expect(targetName?.trim()).toBe(name);
    await page.close();
  });

  it('links a story to the enterprises it is about', async () => {
    const { page } = await phone();
    await page.goto(`${server.url}${await firstLink(page, '/stories/', /^\/stories\/\d{4}\/[a-z0-9-]+\/$/)}`);
    const links = await page.$$eval('.facts a[href^="/enterprises/"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.length).toBeGreaterThan(0);
    for (const [href, name] of links) {
      const response = await page.goto(`${server.url}${href}`);
      expect([response?.status(), (await page.textContent('h1'))?.trim()]).toEqual([200, name]);
    }
    await page.close();
  });
});
