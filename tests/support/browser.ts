import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../src/lib/archive/print-compilation.ts';

const CHROMIUM = chromiumPath();

/** Starts Debian's Chromium headless; fails with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `找不到 Chromium（${CHROMIUM}）。浏览器测试需要它：请运行 \`apt-get install -y chromium fonts-noto-cjk\`，或用 CHROMIUM_PATH 指向已安装的 Chromium。`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records every URL a page requests, so a test can prove nothing left the site's own host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that went anywhere but the given origin (data: and blob: URLs stay on the page). */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
