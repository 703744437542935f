import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../site-config.ts';
import { renderWechatImages, WECHAT_COVER_SIZE } from './wechat-images.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-wechat-images-'));
mkdirSync(path.join(dir, 'public'));
writeFileSync(path.join(dir, 'public/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#00ff00"/></svg>');
writeFileSync(path.join(dir, 'public/bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/x.png"/></svg>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = { ...loadSiteConfig('tests/fixtures/mini'), logo: '/logo.svg' };
const share = { kind: 'honor' as const, title: '2023年度“五好”县级工商联', description: '6个县级工商联受到表彰。', pagePath: '/honors/2023/wuhao/', date: '2023-12-06', year: 2023, count: 6 };

describe('renderWechatImages', () => {
  it('draws a 900×383 cover with the logo, and a 400×400 square', async () => {
    const { cover, square } = await renderWechatImages(share, site, path.join(dir, 'public'));
    const png = PNG.sync.read(cover);
    expect([png.width, png.height, PNG.sync.read(square).width]).toEqual([WECHAT_COVER_SIZE.width, WECHAT_COVER_SIZE.height, 400]);
    const green = Array.from({ length: png.width * png.height }, (_, i) => i * 4).filter((i) => png.data[i] === 0 && png.data[i + 1] === 255 && png.data[i + 2] === 0);
    expect(green.length).toBeGreaterThan(500);
  }, 60_000);

  it('refuses a logo that reaches outside itself', async () => {
    await expect(renderWechatImages(share, { ...site, logo: '/bad.svg' }, path.join(dir, 'public'))).rejects.toThrow('<image>');
  });
});
