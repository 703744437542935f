import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordRequests } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';
import { buildSite } from '../support/build-site.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';
import { formsSet, relevanceSet, type RelevanceCase } from './search-relevance.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const site = buildSite('tests/fixtures/search');
  if (site.status !== 0) throw new Error(`搜索测试站点构建失败：\n${site.output}`);
  server = await serveDir(site.dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(): Promise<Page> {
  return browser.newPage({ viewport: { width: 375, height: 740 } });
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    const status = document.getElementById('search-status')?.textContent ?? '';
    return app && !app.hidden && !app.hasAttribute('aria-busy') && status !== '' && !status.startsWith('正在');
  });
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('#search-results .search-hit__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const pathOf = (href: string) => href.replace(/[?#].*$/, '');

/** Runs each query in the page and compares the results with the expected pages. */
async function measure(page: Page, cases: readonly RelevanceCase[]) {
  let expected = 0;
  let returned = 0;
  let correct = 0;
  const missing: string[] = [];
  const extra: string[] = [];
  const unmarked: string[] = [];
  for (const { query, pages } of cases) {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const got = (await resultLinks(page)).map(pathOf);
    expected += pages.length;
    returned += got.length;
    correct += got.filter((p) => pages.includes(p)).length;
    for (const p of pages) if (!got.includes(p)) missing.push(`${query} → ${p}`);
    for (const p of got) if (!pages.includes(p)) extra.push(`${query} → ${p}`);
    // Every result shows the query, or the declared form it holds, marked.
    const marks = await page.$$eval('.search-hit', (items) => items.map((li) => li.querySelectorAll('mark').length));
    if (marks.some((n) => n === 0)) unmarked.push(query);
  }
  return { recall: expected === 0 ? 1 : correct / expected, precision: returned === 0 ? 1 : correct / returned, missing, extra, unmarked };
}

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

describe('search relevance over the fixture site', () => {
  it(`finds every expected page for ${relevanceSet.length} queries (recall 100 %) with precision of at least 95 %`, async () => {
    const page = await phone();
    const { recall, precision, missing, extra } = await measure(page, relevanceSet);
    console.log(`search relevance: ${relevanceSet.length} queries, recall ${percent(recall)}, precision ${percent(precision)}`);
    expect(relevanceSet.length).toBeGreaterThanOrEqual(40);
    expect(missing).toEqual([]);
    expect(precision, `extra results: ${extra.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });

  it.each(['traditional', 'synonym', 'pinyin'] as const)('finds every page for %s queries (recall 100 %, precision ≥ 95 %), each holding the query or a declared form', async (kind) => {
    const page = await phone();
    const cases = formsSet.filter((c) => c.kind === kind);
    const { recall, precision, missing, extra, unmarked } = await measure(page, cases);
    console.log(`search relevance, ${kind}: ${cases.length} queries, recall ${percent(recall)}, precision ${percent(precision)}`);
    expect(cases.length).toBeGreaterThanOrEqual(7);
    expect(missing).toEqual([]);
    expect(precision, `extra results: ${extra.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(unmarked).toEqual([]);
    await page.close();
  });

  it('links a hit on an honouree’s name to that row of the honour list', async () => {
    const page = await phone();
    const wrong: string[] = [];
    for (const { query, anchors = {} } of [...relevanceSet, ...formsSet]) {
      if (Object.keys(anchors).length === 0) continue;
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const links = await resultLinks(page);
      for (const [url, anchor] of Object.entries(anchors)) {
        const link = links.find((href) => pathOf(href) === url);
        if (!link?.endsWith(`#${anchor}`)) wrong.push(`${query}: ${url} linked as ${link}`);
      }
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('says which declared form a result was found by, and never joins 万企兴万村 to 万企帮万村', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('民企')}`);
    await settled(page);
    const report = page.locator('.search-hit', { has: page.locator('a[href^="/reports/2024/zhiwei-2024/"]') });
    expect(await report.locator('.search-hit__form').textContent()).toBe('按“民营企业”找到（“民企”的同义词）');
    expect(await report.locator('.search-hit__excerpt mark').first().textContent()).toBe('民营企业');
    expect(await page.textContent('#search-also')).toBe('同时查找了：民营企业');
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('營商環境')}`);
    await settled(page);
    expect(await page.locator('.search-hit__form').first().textContent()).toBe('按“营商环境”找到（“營商環境”的简繁体）');
    await page.goto(`${server.url}/search/?q=hxm`);
    await settled(page);
    expect(await page.locator('.search-hit__form').first().textContent()).toBe('按“韩雪梅”找到（“hxm”的拼音）');
    expect(await page.textContent('#search-status')).toBe('找到 2 条结果');
    expect(await page.textContent('#search-also')).toBe('同时查找了：韩雪梅');
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('万企帮万村')}`);
    await settled(page);
    expect((await resultLinks(page)).map(pathOf)).not.toContain('/stories/2023/minqi-zuotanhui/');
    await page.close();
  });

  it('suggests the nearest enterprise names and titles when nothing is found, by characters and by pinyin', async () => {
    const page = await phone();
    for (const [query, meant] of [
      ['青禾食铺', '青禾食品'],
      ['云杉茶叶', '云杉茶业'],
      ['yunshanchaya', '云杉茶业'],
    ] as const) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      expect(await resultLinks(page)).toEqual([]);
      expect(await page.textContent('#search-empty')).toContain('您是不是要找：');
      const link = page.locator('.search-empty__meant a', { hasText: new RegExp(`^${meant}$`) });
      expect(await link.getAttribute('href'), query).toBe(`/search/?q=${encodeURIComponent(meant)}`);
    }
    await page.close();
  });

  it('ranks a page holding the query as written above one holding its characters apart, and lists the latter only when nothing matches', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('复工复产')}`);
    await settled(page);
    expect((await resultLinks(page)).map(pathOf)).not.toContain('/stories/2022/mingde-baogong/');
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('先复工 全面复产')}`);
    await settled(page);
    expect((await resultLinks(page)).map(pathOf)).toEqual([]);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('万企帮万户')}`);
    await settled(page);
    expect(await page.textContent('#search-status')).toBe('没有找到包含“万企帮万户”的内容');
    expect(await page.textContent('#search-empty')).toContain('只搜“万企帮”');
    await page.close();
  });
});

describe('searching in Chromium', () => {
  it('goes from the box on a content page to /search/?q= and shows results with type, year and the query marked', async () => {
    // The header holds the box from 48rem up; a phone's header links to /search/ instead (tests/e2e/phone.test.ts).
    const page = await browser.newPage({ viewport: { width: 1024, height: 740 } });
    await page.goto(`${server.url}/stories/2023/yunshan-chaye/`);
    await page.fill('#site-search', '营商环境');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=营商环境');
    expect(await page.textContent('#search-status')).toBe('找到 3 条包含“营商环境”的结果');
    const first = page.locator('.search-hit').first();
    expect(await first.locator('.search-hit__meta > *').allTextContents()).toEqual(['工作报告', '2024年1月18日']);
    expect(await first.locator('.search-hit__excerpt mark').allTextContents()).toEqual(['营商环境']);
    expect(await first.locator('.search-hit__excerpt').textContent()).not.toMatch(/\. |2024-01-18/);
    await page.close();
  });

  it('narrows by year with counts, keeps the filter in the URL, and shows the same results after a reload', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('东坪县')}`);
    await settled(page);
    await page.click('#search-options summary');
    const year = page.locator('.search-facet label', { hasText: '2024年' });
    expect(await year.textContent()).toBe(' 2024年（4）');
    await year.locator('input').check();
    await page.waitForURL(/year=2024/);
    const filtered = await resultLinks(page);
    expect(filtered.map(pathOf).sort()).toEqual(['/honors/2024/wanqi-xianjin/', '/reports/2024/xiangcun-diaoyan/', '/reports/2024/zhiwei-2024/', '/stories/2024/qinghe-zaliang/']);
    await page.reload();
    await settled(page);
    expect(await resultLinks(page)).toEqual(filtered);
    expect(await page.isChecked('.search-facet input[name="year"][value="2024"]')).toBe(true);
    await page.close();
  });

  it('follows a result to the honouree’s row with the name highlighted', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('韩雪梅')}`);
    await settled(page);
    await page.locator('#search-results a[href*="/honors/"]').first().click();
    await page.waitForURL(/\/honors\/2024\/wanqi-xianjin\/\?hl=.*#han-xue-mei$/);
    const mark = page.locator('tr#han-xue-mei mark.search-hit-mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('韩雪梅');
    expect(await page.locator('mark.search-hit-mark').count()).toBe(1);
    const box = await page.locator('tr#han-xue-mei').boundingBox();
    expect(box && box.y >= 0 && box.y < 740).toBe(true);
    await page.close();
  });

  it('can be used with the keyboard alone and announces the results in a live region', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('周立新');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toBe('找到 3 条包含“周立新”的结果');
    let reachedResult = false;
    for (let i = 0; i < 20 && !reachedResult; i++) {
      await page.keyboard.press('Tab');
      reachedResult = await page.evaluate(() => document.activeElement?.closest('.search-hit') !== null);
    }
    expect(reachedResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reports\//);
    await page.close();
  });

  it('has no serious or critical axe-core violations on the search page with results, filters open, and with nothing found', async () => {
    const page = await phone();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('南塘区')}&year=2023`);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('万企帮万户')}`);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('loads no Pagefind code on a content page, and only the small highlight loader as script', async () => {
    const page = await phone();
    const requests = recordRequests(page);
    await page.goto(`${server.url}/reports/2024/zhiwei-2024/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const ours = requests.filter((u) => u.endsWith('.js') && !u.endsWith('/care.js')).map((u) => new URL(u).pathname);
    expect(ours).toEqual([expect.stringMatching(/^\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
    expect(await page.locator('mark.search-hit-mark').count()).toBe(0);
    await page.close();
  });
});

describe('search without JavaScript and on the demo site', () => {
  it('sends the header box as a plain GET form to /search/ when scripts are off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/reports/2023/changwei-2023/`);
    await page.fill('#site-search', '光彩事业');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=光彩事业');
    expect(await page.textContent('noscript')).toContain('搜索需要浏览器启用 JavaScript');
    await context.close();
  });

  it('finds the demo site’s pages on 万企帮万村 and 营商环境, each with exactly those words marked', async () => {
    const demo = await serveDir(inject('demoDist'));
    const page = await phone();
    try {
      for (const query of ['万企帮万村', '营商环境']) {
        await page.goto(`${demo.url}/search/?q=${encodeURIComponent(query)}`);
        await settled(page);
        const hits = page.locator('.search-hit');
        expect(await hits.count()).toBeGreaterThanOrEqual(3);
        const marked = await page.$$eval('.search-hit', (items) => items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent)));
        expect(marked.every((marks) => marks.length > 0 && marks.every((m) => m === query))).toBe(true);
      }
    } finally {
      await page.close();
      await demo.close();
    }
  });
});

describe('the search page on a phone, in both modes', () => {
  /**
   * Layout shifts of the search page, leaving out those the site header causes when its 关怀版 switch appears
   * (the header's own shift, issue 13's header work): what is left is the search form, the results and the footer.
   */
  async function searchShifts(page: Page): Promise<number> {
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Shift[]) {
              const fromHeader = entry.sources.some((s) => s.node instanceof Element && s.node.closest('.site-header, .site-nav') !== null);
              if (!entry.hadRecentInput && !fromHeader) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
  }

  async function open(care: boolean, query: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    await context.addInitScript((on) => {
      if (on) localStorage.setItem('gsl-care', '1');
    }, care);
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    return page;
  }

  it('moves nothing while results load (CLS 0), in standard mode and in 关怀版', async () => {
    for (const care of [false, true]) {
      for (const query of ['东坪县', '青禾食铺']) {
        const page = await open(care, query);
        expect(await searchShifts(page), `关怀版 ${care}, ${query}`).toBe(0);
        await page.context().close();
      }
    }
  });

  it('gives every control a target of at least 44 px, 60 px in 关怀版', async () => {
    for (const [care, min] of [[false, 44], [true, 60]] as const) {
      const page = await open(care, '东坪县');
      await page.click('#search-options summary');
      const small = await page.$$eval(
        '#search-q, #search-form button, #search-options summary, #search-order, .search-facet__option, #search-more:not([hidden])',
        (elements, least) => elements.map((e) => [e.id || e.className || e.tagName, e.getBoundingClientRect().height] as const).filter(([, h]) => h < least),
        min,
      );
      expect(small, `关怀版 ${care}`).toEqual([]);
      await page.context().close();
    }
  });

  it('counts the results once it knows them, and says so without “可能还有更多”', async () => {
    const page = await open(false, '东坪县');
    expect(await page.textContent('#search-status')).toBe('找到 6 条包含“东坪县”的结果');
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    await page.context().close();
  });
});
