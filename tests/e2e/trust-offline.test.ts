import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offlineContentSecurityPolicy } from '../../src/lib/archive/offline-csp.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { launchChromium } from '../support/browser.ts';
import { readZip, unzipTo } from '../support/read-zip.ts';

const ROOT = '锦川工商联-2024';
// The demo's .mdx story: it uses the Note component, whose styles come from the component's own CSS file.
const STORY = 'stories/2024/jinxiu-zhibo-jidi/index.html';
let folder: string;
let browser: Browser;

beforeAll(async () => {
  folder = path.join(unzipTo(await readZip(path.join(inject('demoDist'), 'archives', `${ROOT}.zip`))), ROOT);
  browser = await launchChromium();
});

afterAll(() => browser?.close());

describe('an offline page of the 2024 bundle opened from disk', () => {
  it('carries the site’s policy in a meta tag, as the first thing in <head>', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(folder, STORY)).href);
    const meta = await page.$eval('head > :first-child', (el) => [el.getAttribute('http-equiv'), el.getAttribute('content')]);
    expect(meta).toEqual(['Content-Security-Policy', offlineContentSecurityPolicy(loadSiteConfig('content'))]);
    await page.close();
  });

  it('still loads its own style sheets, script and component styles, with no policy violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(pathToFileURL(path.join(folder, STORY)).href);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(159, 29, 32)');
    const note = page.locator('[role="note"]').first();
    expect(await note.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('4px');
    expect(await note.locator('.note-title').textContent()).toBe('办理提示');
    // care.js (the 关怀版 switch) ran: it shows the switch that stays hidden without scripts.
    expect(await page.locator('#care-toggle').isVisible()).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('refuses a script that was not in a file of the bundle', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(folder, STORY)).href);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.head.append(script);
      return document.documentElement.dataset['injected'] ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    await page.close();
  });
});
