import type { Page } from 'playwright-core';

/** The first link in `main` on a listing page whose URL matches the pattern. */
export async function firstLink(page: Page, origin: string, listing: string, pattern: RegExp): Promise<string> {
  await page.goto(`${origin}${listing}`);
  const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${listing}`);
  return href;
}

/** One URL of every page type of the site, found by following the listings like a reader would. */
export async function pageTypeUrls(page: Page, origin: string): Promise<string[]> {
  return [
    '/',
    '/reports/',
    '/honors/',
    '/stories/',
    '/enterprises/',
    '/archives/',
    await firstLink(page, origin, '/reports/', /^\/reports\/\d{4}\/[a-z0-9-]+\/$/),
    await firstLink(page, origin, '/honors/', /^\/honors\/\d{4}\/[a-z0-9-]+\/$/),
    await firstLink(page, origin, '/stories/', /^\/stories\/\d{4}\/[a-z0-9-]+\/$/),
    await firstLink(page, origin, '/enterprises/', /^\/enterprises\/[a-z0-9-]+\/$/),
    await firstLink(page, origin, '/archives/', /^\/years\/\d{4}\/$/),
    '/data/',
    await firstLink(page, origin, '/data/', /^\/years\/\d{4}\/data\/$/),
    '/no-such-page/',
  ];
}
