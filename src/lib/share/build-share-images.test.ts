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
  it('writes a 1200×630 card, a 400×400 square and a 1080×1920 poster for each page', async () => {
    const report1 = await run([report, honour], 'first');
    expect(report1).toMatchObject({ images: 6, rendered: 6, cached: 0 });
    const dir = path.join(scratch, 'first/share/reports/2024/zhiwei');
    expect([readPng(`${dir}/card.png`), readPng(`${dir}/square.png`), readPng(`${dir}/poster.png`)].map((png) => [png.width, png.height])).toEqual([
      [1200, 630],
      [400, 400],
      [1080, 1920],
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

describe('the logo and a story’s lead image', () => {
  it('draws site.yaml’s logo from public/, and stops with the logo named when it is not an image', async () => {
    const pub = path.join(scratch, 'public');
    mkdirSync(pub, { recursive: true });
    writeFileSync(path.join(pub, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#00ff00"/></svg>');
    writeFileSync(path.join(pub, 'care.js'), 'alert(1)');
    const withLogo = await buildShareImages({ pages: [honour], site: { ...site, logo: '/logo.svg' }, outDir: path.join(scratch, 'logo'), cacheDir: path.join(scratch, 'logo-cache'), projectRoot: scratch, workers: 0 });
    expect(withLogo.rendered).toBe(3);
    const card = readPng(path.join(scratch, 'logo/share/honors/2023/wuhao/card.png'));
    const green = (png: PNG) => Array.from({ length: png.width * png.height }, (_, i) => i * 4).filter((i) => png.data[i] === 0 && png.data[i + 1] === 255 && png.data[i + 2] === 0).length;
    expect(green(card)).toBeGreaterThan(1000);
    await expect(buildShareImages({ pages: [honour], site: { ...site, logo: '/care.js' }, outDir: path.join(scratch, 'bad-logo'), cacheDir: path.join(scratch, 'logo-cache'), projectRoot: scratch, workers: 0 })).rejects.toThrow('标志图片“/care.js”不是 PNG、JPG 或 SVG 图片');
  });

  it('draws a story’s cover on its poster, and draws the poster again only when the cover’s bytes change', async () => {
    const contentRoot = path.join(scratch, 'content');
    mkdirSync(path.join(contentRoot, 'stories/2024'), { recursive: true });
    const cover = (rgb: [number, number, number]) => {
      const png = new PNG({ width: 64, height: 36 });
      for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
      writeFileSync(path.join(contentRoot, 'stories/2024/cover.png'), PNG.sync.write(png));
    };
    const story: SharePage = {
      htmlFile: 'stories/2024/jian/index.html',
      share: { kind: 'story', title: '济安医疗高端敷料打入欧洲市场', description: '转型研发高端敷料。', pagePath: '/stories/2024/jian/', date: '2024-10-16', image: { src: 'content/stories/2024/cover.png', alt: '洁净车间' } },
    };
    const build = (name: string) => buildShareImages({ pages: [story], site, outDir: path.join(scratch, name), cacheDir: path.join(scratch, 'lead-cache'), projectRoot: scratch, contentRoot, workers: 0 });
    cover([0, 0, 255]);
    expect((await build('lead-1')).rendered).toBe(3);
    const poster = readPng(path.join(scratch, 'lead-1/share/stories/2024/jian/poster.png'));
    const blue = Array.from({ length: poster.width * poster.height }, (_, i) => i * 4).filter((i) => poster.data[i]! < 10 && poster.data[i + 1]! < 10 && poster.data[i + 2]! > 245).length;
    expect(blue).toBeGreaterThan(920 * 500);
    cover([255, 0, 0]);
    expect((await build('lead-2')).rendered).toBe(1);
  });

  it('refuses a lead image outside the content folder', async () => {
    const story: SharePage = { htmlFile: 'x/index.html', share: { kind: 'story', title: '外部图片', description: '一张图片。', pagePath: '/x/', image: { src: '/etc/hostname', alt: '系统文件' } } };
    await expect(buildShareImages({ pages: [story], site, outDir: path.join(scratch, 'outside'), cacheDir: path.join(scratch, 'outside-cache'), projectRoot: scratch, contentRoot: path.join(scratch, 'content'), workers: 0 })).rejects.toThrow('不在 content 文件夹里');
  });
});
