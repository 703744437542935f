import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '../../src/lib/deploy/headers.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { foreignRequests, launchChromium, recordRequests } from '../support/browser.ts';
import { pageTypeUrls } from '../support/page-types.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(inject('demoDist'), securityHeaders(loadSiteConfig('content')));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo site served with its Content-Security-Policy and security headers', () => {
  it('sends the headers the CDN is configured with', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect([response.headers.get('strict-transport-security'), response.headers.get('cross-origin-opener-policy')]).toEqual(['max-age=31536000; includeSubDomains', 'same-origin']);
  });

  it('renders every page type, switches 关怀版 and searches with no CSP violation and no request to another host', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`));
    });
    const requests = recordRequests(page);

    for (const url of await pageTypeUrls(page, server.url)) {
      await page.goto(`${server.url}${url}`);
      expect((await page.textContent('h1'))?.trim().length, url).toBeGreaterThan(1);
    }
    await page.getByRole('button', { name: '关怀版' }).click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-care'))).toBe(true);

    await page.goto(`${server.url}/`);
    await page.locator('.site-header').getByRole('link', { name: '搜索' }).click();
    await page.fill('#search-q', '万企帮万村');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results .search-hit__title a', { timeout: 20_000 });
    expect(await page.locator('#search-results .search-hit__title a').count()).toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    await page.close();
  });
});
