import type { Page } from 'playwright-core';
import { readNamedDestinations } from './pdf-structure.ts';

const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const;
// The first pass only learns where the contents entries land; without tags and outline it costs about a third less.
const LEARN_OPTIONS = { ...PDF_OPTIONS, outline: false, tagged: false } as const;

async function fillPageNumbers(page: Page, numbers: Record<string, number> | 'placeholder'): Promise<void> {
  await page.evaluate((n) => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
      // The placeholder is as wide as any real number, so filling in the real ones moves no line.
      el.textContent = n === 'placeholder' ? '000' : String(n[el.dataset['tocPage'] ?? ''] ?? '');
    }
  }, numbers);
}

/**
 * Makes every `[data-recto]` element (a part of the volume) open on a right-hand page, as in a bound book: where one
 * would open on an even page, an empty `.blank-page` goes before it. `data-recto` names the id whose page tells.
 * Returns how many blank pages went in.
 */
async function openOnRightPages(page: Page, pages: ReadonlyMap<string, number>): Promise<number> {
  return page.evaluate((at) => {
    let added = 0;
    for (const element of document.querySelectorAll<HTMLElement>('[data-recto]')) {
      const start = at[element.dataset['recto'] ?? ''];
      if (start === undefined || (start + added) % 2 === 1) continue;
      const blank = document.createElement('div');
      blank.className = 'blank-page';
      blank.setAttribute('aria-hidden', 'true');
      element.before(blank);
      added += 1;
    }
    return added;
  }, Object.fromEntries(pages));
}

/**
 * Prints a loaded compilation until its page numbers hold: a first pass learns where each part and contents entry
 * lands, blank pages go in so parts open on right-hand pages, the contents get their page numbers, and it prints again
 * until no number moves. The PDF has bookmarks and tags.
 */
export async function printStable(page: Page): Promise<Buffer> {
  await fillPageNumbers(page, 'placeholder');
  let pdf = await page.pdf(LEARN_OPTIONS);
  if ((await openOnRightPages(page, readNamedDestinations(pdf))) > 0) pdf = await page.pdf(LEARN_OPTIONS);
  // Two passes: learn on which page every contents entry lands, write the numbers in, print again (until they hold).
  for (let pass = 0; pass < 3; pass++) {
    const numbers = Object.fromEntries(readNamedDestinations(pdf));
    await fillPageNumbers(page, numbers);
    const next = await page.pdf(PDF_OPTIONS);
    const settled = JSON.stringify(Object.fromEntries(readNamedDestinations(next))) === JSON.stringify(numbers);
    pdf = next;
    if (settled) break;
  }
  return pdf;
}
