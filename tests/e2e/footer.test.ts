/**
 * The footer an inspector reads, as a reader on a phone sees it: filing numbers linked where they must be, the
 * 网站标识码 and the 党政机关网站标识, and every link a target of at least 44 px (60 px in 关怀版).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(inject('demoDist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the footer on a phone', () => {
  it('links the ICP number to MIIT, the 公安备案号 to its record page, and shows the 网站标识码 and the badge', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${server.url}/reports/`);
    const footer = page.locator('footer.site-footer');
    expect(await footer.getByRole('link', { name: '锦ICP备2024000001号-1' }).getAttribute('href')).toBe('https://beian.miit.gov.cn/');
    expect(await footer.getByRole('link', { name: '锦公网安备99010202000123号' }).getAttribute('href')).toBe(
      'https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=99010202000123',
    );
    expect(await footer.textContent()).toContain('网站标识码：9901000001');
    const badge = footer.getByRole('link', { name: '党政机关网站标识' });
    expect(await badge.getAttribute('href')).toBe('https://bszs.example.cn/sitename?method=show&id=DEMO0000000001');
    await badge.scrollIntoViewIfNeeded();
    await expect.poll(() => badge.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.close();
  });

  it('makes every footer link at least 44 px tall, and 60 px in 关怀版', async () => {
    for (const [care, least] of [[false, 44], [true, 60]] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      await context.addInitScript((on) => {
        if (on) localStorage.setItem('gsl-care', '1');
      }, care);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      const heights = await page.$$eval('footer.site-footer a', (links) => links.map((a) => [a.textContent?.trim() ?? '', a.getBoundingClientRect().height] as const));
      expect(heights.length).toBeGreaterThanOrEqual(5);
      expect(heights.filter(([, h]) => h < least), `关怀版 ${care}`).toEqual([]);
      await context.close();
    }
  });
});
