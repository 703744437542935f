/**
 * The year's downloads as a reader meets them: on /years/<year>/ and /archives/, the compilation PDF and the bundle ZIP
 * as full-width buttons with their sizes; inside WeChat (whose Android browser cannot download them) a tap shows the
 * overlay that says how to open the page in the browser; elsewhere the file downloads. Served with the site's CSP.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { archivePdfFileName } from '../../src/lib/archive/archive-paths.ts';
import { formatBytes } from '../../src/lib/archive/format-bytes.ts';
import { securityHeaders } from '../../src/lib/deploy/headers.ts';
import { listHtmlFiles } from '../../src/lib/share/read-built-pages.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';

const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240301 MMWEBID/4431 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const site = loadSiteConfig('content');
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = inject('demoDist');
  server = await serveDir(dist, securityHeaders(site));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openYear(userAgent: string): Promise<{ page: Page; violations: string[]; downloads: string[] }> {
  const context = await browser.newContext({ userAgent, viewport: { width: 375, height: 812 }, acceptDownloads: true });
  const page = await context.newPage();
  const violations: string[] = [];
  const downloads: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.goto(`${server.url}/years/2024/`, { waitUntil: 'load' });
  return { page, violations, downloads };
}

describe('the downloads of a year', () => {
  it('offers the year PDF and ZIP as full-width buttons with the size of the files written', async () => {
    const { page } = await openYear(CHROME_ANDROID);
    const buttons = await page.$$eval('.download-button', (links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', size: a.querySelector('[data-archive-size]')?.textContent ?? '', width: a.getBoundingClientRect().width, box: a.parentElement!.getBoundingClientRect().width })));
    expect(buttons.map((b) => decodeURIComponent(b.href))).toEqual([`/archives/${archivePdfFileName(site.shortName, 2024)}`, '/archives/锦川工商联-2024.zip']);
    for (const button of buttons) {
      expect(button.size).toBe(formatBytes(statSync(path.join(dist, decodeURIComponent(button.href))).size));
      expect(button.width).toBe(button.box);
    }
    expect(await page.locator('details.year-downloads__checksums').getAttribute('open')).toBeNull();
    await page.context().close();
  });

  it('lists every year’s PDF with its size on /archives/, each file there', () => {
    const html = readFileSync(path.join(dist, 'archives/index.html'), 'utf8');
    for (const year of [2022, 2023, 2024, 2025]) {
      const name = archivePdfFileName(site.shortName, year);
      expect(html).toContain(`data-archive-file="${name}"`);
      expect(html).toContain(`>${formatBytes(statSync(path.join(dist, 'archives', name)).size)}</span>`);
    }
  });

  it('inside WeChat, shows how to open the page in the browser instead of a dead tap, for the PDF and the ZIP', async () => {
    const { page, violations, downloads } = await openYear(WECHAT_ANDROID);
    const overlay = page.locator('#wechat-open');
    expect(await overlay.isVisible()).toBe(false);
    for (const name of ['PDF', 'ZIP']) {
      await page.click(`.download-button:has-text("${name}")`);
      expect(await overlay.isVisible()).toBe(true);
      expect(await overlay.textContent()).toContain('点击右上角 ··· 选择在浏览器打开');
      await page.click('[data-wechat-close]');
      expect(await overlay.isVisible()).toBe(false);
    }
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('in any other browser, downloads the file and shows no overlay', async () => {
    const { page, violations, downloads } = await openYear(CHROME_ANDROID);
    const download = page.waitForEvent('download');
    await page.click('.download-button:has-text("PDF")');
    expect((await download).suggestedFilename()).toBe(archivePdfFileName(site.shortName, 2024));
    expect(await page.locator('#wechat-open').isVisible()).toBe(false);
    expect([downloads.length, violations]).toEqual([1, []]);
    await page.context().close();
  });

  it('has no inline script on any page: every script is a same-host file', () => {
    const inline = listHtmlFiles(dist).filter((file) => {
      let found = false;
      new Parser({ onopentag: (name, attribs) => (found ||= name === 'script' && !attribs['src']) }).end(readFileSync(path.join(dist, file), 'utf8'));
      return found;
    });
    expect(inline).toEqual([]);
  });
});

describe('a site built without Chromium', () => {
  it('offers no PDF it did not produce: no PDF button, no PDF hash, no PDF file, and the ZIP as before', () => {
    const build = buildSite('tests/fixtures/mini', { CHROMIUM_PATH: '/nonexistent/chromium', GSL_REQUIRE_PDF: '', GSL_NOW: '2026-01-01T00:00:00+08:00' });
    expect(build.status, build.output).toBe(0);
    const year = readFileSync(path.join(build.dist, 'years/2024/index.html'), 'utf8');
    expect(year).not.toContain('.pdf');
    expect(year).toContain('澄江工商联-2024.zip');
    expect(listHtmlFiles(build.dist).filter((file) => readFileSync(path.join(build.dist, file), 'utf8').includes('年度汇编.pdf'))).toEqual([]);
  }, 300_000);
});
