import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each test renders real PNGs; a busy two-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
import { buildShareImages } from './build-share-images.ts';
import type { SharePage } from './check-share-glyphs.ts';
import type { ShareSite } from './share-node.ts';

const site: ShareSite = {
  name: '锦川市工商业联合会（总商会）',
  shortName: '锦川工商联',
  baseUrl: 'https://www.jcgsl.example.cn',
  colors: { primary: '#9f1d20', accent: '#b8860b' },
};

const report: SharePage = {
  htmlFile: 'reports/2024/zhiwei/index.html',
  share: {
    kind: 'report',
    title: '在市工商联十届三次执委会议上的工作报告',
    description: '回顾2023年“万企兴万村”行动和营商环境建设，部署2024年重点工作。',
    pagePath: '/reports/2024/zhiwei/',
    date: '2024-01-18',
    year: 2024,
    source: 'content/reports/2024/zhiwei.md',
  },
};
const honour: SharePage = {
  htmlFile: 'honors/2023/wuhao/index.html',
  share: { kind: 'honor', title: '2023年度“五好”县级工商联', description: '临溪县工商联等6个县级工商联受到表彰。', pagePath: '/honors/2023/wuhao/', date: '2023-12-06', count: 6 },
};

const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-share-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(pages: SharePage[], name: string, cacheDir = path.join(scratch, 'cache')) {
  return buildShareImages({ pages, site, outDir: path.join(scratch, name), cacheDir, projectRoot: scratch, workers: 0 });
}

function readPng(file: string): PNG {
  return PNG.sync.read(readFileSync(file));
}

describe('buildShareImages', () => {
  it('writes a 1200×630 card, a 400×400 square and a 750×1334 poster for each page', async () => {
    const report1 = await run([report, honour], 'first');
    expect(report1).toMatchObject({ images: 6, rendered: 6, cached: 0 });
    const dir = path.join(scratch, 'first/share/reports/2024/zhiwei');
    expect([readPng(`${dir}/card.png`), readPng(`${dir}/square.png`), readPng(`${dir}/poster.png`)].map((png) => [png.width, png.height])).toEqual([
      [1200, 630],
      [400, 400],
      [750, 1334],
    ]);
  });

  it('puts a QR code of the page\'s absolute address on the poster', () => {
    const poster = readPng(path.join(scratch, 'first/share/honors/2023/wuhao/poster.png'));
    const code = jsQR(new Uint8ClampedArray(poster.data), poster.width, poster.height);
    expect(code?.data).toBe('https://www.jcgsl.example.cn/honors/2023/wuhao/');
  });

  it('renders nothing on a rebuild with no change, and copies byte-identical images from the cache', async () => {
    const again = await run([report, honour], 'second');
    expect(again).toMatchObject({ rendered: 0, cached: 6 });
    for (const image of ['card', 'square', 'poster']) {
      const file = `share/reports/2024/zhiwei/${image}.png`;
      expect(readFileSync(path.join(scratch, 'second', file)).equals(readFileSync(path.join(scratch, 'first', file)))).toBe(true);
    }
  });

  it('renders byte-identical images with an empty cache', async () => {
    await run([report], 'uncached', path.join(scratch, 'empty-cache'));
    const file = 'share/reports/2024/zhiwei/card.png';
    expect(readFileSync(path.join(scratch, 'uncached', file)).equals(readFileSync(path.join(scratch, 'first', file)))).toBe(true);
  });

  it('re-renders only the changed page\'s images when one title changes', async () => {
    const retitled = { ...honour, share: { ...honour.share, title: '2023年度“五好”县级工商联名单' } };
    expect(await run([report, retitled], 'retitled')).toMatchObject({ rendered: 3, cached: 3 });
  });

  it('re-renders only the poster when only the summary changes', async () => {
    const resummarised = { ...report, share: { ...report.share, description: '部署2024年优化营商环境和“万企兴万村”重点工作。' } };
    expect(await run([resummarised, honour], 'resummarised')).toMatchObject({ rendered: 1, cached: 5 });
  });

  it('warns naming the character, the page and the content file line when no font has a glyph, and builds', async () => {
    mkdirSync(path.join(scratch, 'content/reports/2024'), { recursive: true });
    writeFileSync(path.join(scratch, 'content/reports/2024/zhiwei.md'), '---\ntitle: 在市工商联\uE000届执委会议上的工作报告\n---\n');
    const broken = { ...report, share: { ...report.share, title: '在市工商联\uE000届执委会议上的工作报告' } };
    const warnings: string[] = [];
    const built = await buildShareImages({ pages: [broken, honour], site, outDir: path.join(scratch, 'broken'), cacheDir: path.join(scratch, 'cache'), projectRoot: scratch, workers: 0, warn: (m) => warnings.push(m) });
    expect(built.images).toBe(6);
    expect(warnings).toEqual([expect.stringMatching(/^content\/reports\/2024\/zhiwei\.md:2  警告  网站自带的字体里没有“\uE000”（U\+E000）.*（页面 \/reports\/2024\/zhiwei\/ 的分享图片）$/)]);
  });

  it('draws the rare characters of names from the fallback fonts instead of empty boxes', async () => {
    const titled = (title: string) => ({ ...honour, htmlFile: `t/${[...title].map((c) => c.codePointAt(0)).join('-')}/index.html`, share: { ...honour.share, title, pagePath: `/t/${[...title].map((c) => c.codePointAt(0)).join('-')}/` } });
    const titles = ['𠮷', '䶮', '𬌗', '堃', '喆', '昇', '𠠬', '吉', '\uE000'];
    await run(titles.map(titled), 'rare');
    const png = (title: string) => readFileSync(path.join(scratch, 'rare', 'share', titled(title).share.pagePath, 'card.png'));
    const drawnAsBox = titles.slice(0, 7).filter((title) => png(title).equals(png('\uE000')));
    expect(drawnAsBox).toEqual([]);
    expect(png('𠮷').equals(png('吉'))).toBe(false);
  });

  it('keeps a page with rare characters in the cache like any other', async () => {
    const named = { ...honour, share: { ...honour.share, title: '吉𠮷与𠠬氏企业' } };
    await run([named], 'named-1');
    expect(await run([named], 'named-2')).toMatchObject({ rendered: 0, cached: 3 });
  });
});
