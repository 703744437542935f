import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rewriteCssUrls, rewriteForOffline, type OfflineContext } from './offline-page.ts';
import type { PageInput } from './print-font.ts';

/** Site files a page may load beside itself: styles, scripts, images, fonts. */
export const ASSET = /\.(css|js|svg|png|jpe?g|webp|avif|gif|ico|woff2?|ttf|otf)$/i;

/** The built file of a page path: `"/years/2024/"` → `"years/2024/index.html"`. */
export function pageFileOf(pagePath: string): string {
  return `${pagePath.slice(1)}index.html`;
}

/**
 * A built page and every file of the build it loads (its stylesheets, what they import, its images), by site path
 * and in a fixed order: all that decides how the page prints. `"/archives/2024/compilation/"` →
 * `[{path: "/archives/2024/compilation/index.html"}, {path: "/_astro/compilation.css"}, {path: "/theme.css"}, …]`
 */
export function readPageInputs(outDir: string, pagePath: string): PageInput[] {
  const context = (file: string): OfflineContext => ({
    file,
    // Links to other pages are not loaded when printing; only files are.
    pageFile: () => undefined,
    isAsset: (p) => ASSET.test(p) && existsSync(path.join(outDir, p)),
    baseUrl: '',
  });
  const file = pageFileOf(pagePath);
  const html = readFileSync(path.join(outDir, file));
  const inputs: PageInput[] = [{ path: `/${file}`, data: html }];
  const queue = rewriteForOffline(html.toString('utf8'), context(file)).assets;
  const seen = new Set<string>();
  for (let asset = queue.shift(); asset !== undefined; asset = queue.shift()) {
    if (seen.has(asset)) continue;
    seen.add(asset);
    const data = readFileSync(path.join(outDir, asset));
    inputs.push({ path: asset, data });
    if (asset.endsWith('.css')) queue.push(...rewriteCssUrls(data.toString('utf8'), context(asset.slice(1))).assets);
  }
  return [inputs[0]!, ...inputs.slice(1).sort((a, b) => (a.path < b.path ? -1 : 1))];
}
