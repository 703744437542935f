import type { Browser, BrowserContext, Page } from 'playwright-core';

/*
 * What a phone reader meets, measured in the page the way a reader's browser lays it out: where <main> starts, where
 * the text starts, which table cells or targets fall short, which headings end on a line of one character, and how
 * far anything moved while the page loaded. Each function runs in Chromium through page.evaluate.
 */

/** The two reading modes at 375×812: standard, and 关怀版 switched on before the page loads (as a returning reader has it). */
export const MODES = [
  { name: '标准版', care: false, mainTop: 120, target: 44, screens: 1 },
  { name: '关怀版', care: true, mainTop: 200, target: 60, screens: 2 },
] as const;

export type Mode = (typeof MODES)[number];

export const PHONE = { width: 375, height: 812 } as const;

/** A 375×812 phone context in the mode; 关怀版 is stored in localStorage before any page runs, like care.js keeps it. */
export async function phoneContext(browser: Browser, mode: Mode, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, javaScriptEnabled });
  if (mode.care) await context.addInitScript(() => window.localStorage.setItem('gsl-care', '1'));
  return context;
}

/** The top of <main> and of the first paragraph of the text, in px from the top of the page. */
export function textPosition(page: Page): Promise<{ main: number; firstParagraph: number | null }> {
  return page.evaluate(() => {
    const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + window.scrollY : null);
    return { main: top(document.querySelector('main')) ?? -1, firstParagraph: top(document.querySelector('article.doc > p')) };
  });
}

/** How far the page is wider than the screen (0 when it never scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Body cells of tables in <main> that reach outside the screen, as `text (left–right)`. */
export function cellsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main tbody td, main tbody th')].flatMap((cell) => {
      // A table for screen readers only (a chart's data, visually hidden) is laid out but never seen.
      if (cell.closest('.visually-hidden')) return [];
      const r = cell.getBoundingClientRect();
      return r.left < 0 || r.right > window.innerWidth + 0.5 ? [`${cell.textContent?.trim().slice(0, 12)} (${Math.round(r.left)}–${Math.round(r.right)})`] : [];
    }),
  );
}

/** Visible targets matching the selectors that are smaller than `min` px either way, as `selector "text" w×h`. */
export function smallTargets(page: Page, selectors: readonly string[], min: number): Promise<string[]> {
  return page.evaluate(
    ([list, least]) =>
      list.flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
          if (!el.checkVisibility({ visibilityProperty: true })) return [];
          const r = el.getBoundingClientRect();
          return r.width + 0.5 < least || r.height + 0.5 < least ? [`${selector} “${el.textContent?.trim().slice(0, 10)}” ${Math.round(r.width)}×${Math.round(r.height)}`] : [];
        }),
      ),
    [selectors, min] as const,
  );
}

/**
 * Headings (h1–h3) whose last line holds a single character apart from punctuation, with that line: a heading of
 * several lines must not end on “告” or “作。”. Characters are placed by their own boxes (a Range per character).
 */
export function orphanedHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const punctuation = /[\p{P}\p{S}\s]/u;
    return [...document.querySelectorAll<HTMLElement>('h1, h2, h3')].flatMap((heading) => {
      if (!heading.checkVisibility()) return [];
      const lines: { top: number; text: string }[] = [];
      const range = document.createRange();
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        let offset = 0;
        for (const ch of node.data) {
          range.setStart(node, offset);
          range.setEnd(node, offset + ch.length);
          offset += ch.length;
          const box = [...range.getClientRects()].at(-1);
          if (!box || box.width === 0 || /\s/.test(ch)) continue;
          const line = lines.at(-1);
          if (line && Math.abs(box.top - line.top) < box.height / 2) line.text += ch;
          else lines.push({ top: box.top, text: ch });
        }
      }
      const last = lines.at(-1)?.text ?? '';
      const letters = [...last].filter((ch) => !punctuation.test(ch)).length;
      return lines.length > 1 && letters < 2 ? [`${heading.tagName.toLowerCase()} “${heading.textContent?.trim()}” ends on “${last}”`] : [];
    });
  });
}

/** The sum of layout shifts since the page started loading, after the page has settled for `settle` ms. */
export function layoutShift(page: Page, settle = 500): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), wait);
      }),
    settle,
  );
}
