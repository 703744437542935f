import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tests/support/browser.ts';
import { printStable } from './print-passes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

// A contents list and two parts; without help the first part would open on page 2 (a left-hand page).
const volume = `<!doctype html><html lang="zh-CN"><head><style>@page { size: A4; margin: 20mm } section { break-before: page } .blank-page { height: 1px; break-before: page }</style></head><body>
<nav><a href="#a">工作报告 <span data-toc-page="a"></span></a> <a href="#b">表彰名单 <span data-toc-page="b"></span></a></nav>
<section data-recto="a"><h2 id="a">工作报告</h2><p>正文</p></section><section data-recto="b"><h2 id="b">表彰名单</h2><p>名单</p></section></body></html>`;

describe('printStable', () => {
  it('opens every part on a right-hand page and writes the pages the parts open on into the contents', async () => {
    const page = await browser.newPage();
    await page.setContent(volume);
    const pdf = await printStable(page);
    // The machine's font here, not the print font: NFKC reads its look-alike radicals (⼯) as the characters (工).
    const texts = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text.map((t) => t.replace(/\s+/g, '').normalize('NFKC'));
    expect(texts).toEqual(['工作报告3表彰名单5', '', '工作报告正文', '', '表彰名单名单']);
    await page.close();
  }, 60_000);
});
