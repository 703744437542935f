import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/**
 * Whether a built page lets search engines index it: no `<meta name="robots" content="…noindex…">` in its head.
 * The pages decide (404, redirects and the print-only compilation say noindex); the sitemap asks them.
 * `'<head><meta name="robots" content="noindex"></head>'` → false
 */
export function allowsIndexing(html: string): boolean {
  let allowed = true;
  const parser = new Parser({
    onopentag(name, attributes) {
      const content = (attributes['content'] ?? '').toLowerCase().split(',').map((word) => word.trim());
      if (name === 'meta' && attributes['name']?.toLowerCase() === 'robots' && content.includes('noindex')) allowed = false;
    },
    onclosetag(name) {
      if (name === 'head') parser.pause();
    },
  });
  parser.end(html);
  return allowed;
}

/** The built file of a page URL: `("dist", "https://x.cn/reports/")` → `"dist/reports/index.html"`. */
export function builtPageFile(outDir: string, pageUrl: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  return path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** `allowsIndexing` of the built page at a URL; a URL without a built HTML file (an endpoint) is indexable. */
export function isIndexablePage(outDir: string, pageUrl: string): boolean {
  let html: string;
  try {
    html = readFileSync(builtPageFile(outDir, pageUrl), 'utf8');
  } catch {
    return true;
  }
  return allowsIndexing(html);
}
