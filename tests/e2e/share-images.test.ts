import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildShareImages } from '../../src/lib/share/build-share-images.ts';
import type { SharePage } from '../../src/lib/share/check-share-glyphs.ts';
import { listHtmlFiles, readBuiltPages } from '../../src/lib/share/read-built-pages.ts';
import { sharePaths } from '../../src/lib/share/share-paths.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { buildSite } from '../support/build-site.ts';

const site = loadSiteConfig('content');
let dist = '';
let pages: SharePage[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-share-e2e-'));

/** Width and height from a PNG's IHDR chunk, without decoding the pixels. */
function readPngSize(file: string): [number, number] {
  const head = readFileSync(file).subarray(0, 24);
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

function readMeta(html: string, property: string): string[] {
  return [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

beforeAll(() => {
  dist = inject('demoDist');
  pages = readBuiltPages(dist);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('share images of the built demo site', () => {
  it('gives every built page share data, so every page gets images', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.map((page) => page.share.pagePath)).toContain('/');
  });

  it('points every page\'s og:image at a 1200×630 PNG in dist/ under the base URL, with its size stated', () => {
    const problems: string[] = [];
    for (const { htmlFile, share } of pages) {
      const html = readFileSync(path.join(dist, htmlFile), 'utf8');
      const card = readMeta(html, 'og:image')[0];
      const stated = `${readMeta(html, 'og:image:width')[0]}×${readMeta(html, 'og:image:height')[0]}`;
      if (card !== `${site.baseUrl}${sharePaths(share.pagePath).card}`) problems.push(`${htmlFile}: og:image ${card}`);
      if (stated !== '1200×630') problems.push(`${htmlFile}: states ${stated}`);
      const file = path.join(dist, new URL(card ?? '/', site.baseUrl).pathname);
      if (readPngSize(file).join('×') !== '1200×630') problems.push(`${htmlFile}: ${file} is ${readPngSize(file).join('×')}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every public HTML page an og:image, the annual compilations included (only 404 and redirect stubs have none)', () => {
    const missing = listHtmlFiles(dist)
      .filter((file) => file !== '404.html')
      .map((file) => ({ file, html: readFileSync(path.join(dist, file), 'utf8') }))
      .filter(({ html }) => !html.includes('http-equiv="refresh"'))
      .filter(({ file, html }) => {
        const card = readMeta(html, 'og:image')[0];
        return !card || !existsSync(path.join(dist, new URL(card).pathname)) || (file.includes('compilation') && !card.includes(file.replace(/index\.html$/, '')));
      })
      .map(({ file }) => file);
    expect(missing).toEqual([]);
    expect(listHtmlFiles(dist).filter((file) => file.endsWith('compilation/index.html'))).toHaveLength(4);
  });

  it('writes a 400×400 square and a 1080×1920 poster for every page', () => {
    const sizes = new Set(pages.flatMap(({ share }) => [readPngSize(path.join(dist, sharePaths(share.pagePath).square)).join('×'), readPngSize(path.join(dist, sharePaths(share.pagePath).poster)).join('×')]));
    expect([...sizes].sort()).toEqual(['1080×1920', '400×400']);
  });

  it('puts on the poster of every kind of page a QR code that decodes to the page\'s absolute address', () => {
    const kinds = new Set<string>();
    const wrong = pages.flatMap(({ share }) => {
      const poster = PNG.sync.read(readFileSync(path.join(dist, sharePaths(share.pagePath).poster)));
      const decoded = jsQR(new Uint8ClampedArray(poster.data), poster.width, poster.height)?.data;
      const expected = `${site.baseUrl}${share.pagePath}`;
      kinds.add(share.kind);
      return decoded === expected ? [] : [`${share.pagePath}: ${decoded ?? '无法识别'}`];
    });
    expect(wrong).toEqual([]);
    expect([...kinds].sort()).toEqual(['compilation', 'enterprise', 'home', 'honor', 'listing', 'page', 'report', 'story', 'year']);
  });

  it('leaves no empty band on any poster: between the head and the QR panel no run of blank rows is taller than 10 % of it', () => {
    const paper = [0xfb, 0xf7, 0xef];
    const tall = pages.flatMap(({ share }) => {
      const png = PNG.sync.read(readFileSync(path.join(dist, sharePaths(share.pagePath).poster)));
      const blank = (y: number) => {
        for (let x = 0; x < png.width; x += 2) {
          const i = (y * png.width + x) * 4;
          if (Math.abs(png.data[i]! - paper[0]!) + Math.abs(png.data[i + 1]! - paper[1]!) + Math.abs(png.data[i + 2]! - paper[2]!) > 12) return false;
        }
        return true;
      };
      // From below the red head to the top of the white QR panel.
      let top = 0;
      while (top < png.height && !blank(top)) top += 1;
      let bottom = png.height - 100;
      while (bottom > top && !blank(bottom)) bottom -= 1;
      while (bottom > top && blank(bottom)) bottom -= 1;
      let longest = 0;
      let run = 0;
      for (let y = top; y <= bottom; y++) longest = Math.max(longest, (run = blank(y) ? run + 1 : 0));
      return longest > png.height * 0.1 ? [`${share.pagePath}: ${longest} px`] : [];
    });
    expect(tall).toEqual([]);
  });

  it('tells the images which names to keep whole: the enterprises a story names and the awards of an honour list', () => {
    const keep = (pagePath: string) => pages.find((page) => page.share.pagePath === pagePath)?.share.keep ?? [];
    expect(keep('/stories/2024/jian-yiliao-zhuanxing/')).toContain('济安医疗');
    expect(keep('/honors/2024/guangcai-shiye-gongxian/')).toContain('光彩事业贡献奖');
  });

  it('gives every content page a 分享 link to its own poster', () => {
    const missing = pages
      .filter(({ share }) => ['report', 'honor', 'story'].includes(share.kind))
      .filter(({ htmlFile, share }) => !readFileSync(path.join(dist, htmlFile), 'utf8').includes(`href="${sharePaths(share.pagePath).poster}"`))
      .map(({ htmlFile }) => htmlFile);
    expect(missing).toEqual([]);
  });

  it('names the square thumbnail for WeChat and, with the JS-SDK off, loads nothing of WeChat\'s', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<meta itemprop="image" content="${site.baseUrl}/share/_site/square.png">`);
    const withSdk = pages.filter(({ htmlFile }) => /wechat-share\.js|res\.wx\.qq\.com|gsl:wechat/.test(readFileSync(path.join(dist, htmlFile), 'utf8')));
    expect(withSdk).toEqual([]);
  });

  it('renders byte-identical images with an empty cache', async () => {
    const sample = ['report', 'honor', 'story', 'home'].map((kind) => pages.find((page) => page.share.kind === kind)!);
    const outDir = path.join(scratch, 'uncached');
    const report = await buildShareImages({ pages: sample, site, outDir, cacheDir: path.join(scratch, 'empty-cache'), projectRoot: process.cwd(), workers: 0 });
    expect(report.rendered).toBe(sample.length * 3);
    const differing = sample.flatMap(({ share }) =>
      Object.values(sharePaths(share.pagePath)).filter((file) => !readFileSync(path.join(outDir, file)).equals(readFileSync(path.join(dist, file)))),
    );
    expect(differing).toEqual([]);
  });
});

describe('a title with a character no bundled font has', () => {
  it('builds, with a warning naming the character, its code point and the content file’s line', () => {
    const build = buildSite('tests/fixtures/share-site');
    rmSync(path.dirname(build.dist), { recursive: true, force: true });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('tests/fixtures/share-site/stories/2024/biangbiang-mian.md:2:10  警告  网站自带的字体里没有“𰻞”（U+30EDE）（本行共 2 处）');
    expect(build.output).toContain('tests/fixtures/share-site/stories/2024/biangbiang-mian.md:2  警告  网站自带的字体里没有“𰻞”（U+30EDE）');
  });
});
