/**
 * `npm run bench:images [-- --pages 1000 --samples 40]`: how fast share images render and how big they are.
 * Prints, for one core with the font loaded, ms per card / square / poster (layout, raster, encode);
 * then for a generated site (`--pages 1000`) and for the built demo site (dist/, or GSL_OUT_DIR) a cold
 * build with an empty cache and a rebuild with nothing changed: images, renders, ms, images per second,
 * workers; with peak memory and PNG sizes. Numbers for reading, never asserted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildShareImages, type ShareImagesReport } from '../src/lib/share/build-share-images.ts';
import type { SharePage } from '../src/lib/share/check-share-glyphs.ts';
import { readBuiltPages } from '../src/lib/share/read-built-pages.ts';
import { renderShareImage } from '../src/lib/share/render-share-image.ts';
import { loadShareFonts } from '../src/lib/share/share-fonts.ts';
import { sharePaths, type ShareImageKind } from '../src/lib/share/share-paths.ts';
import type { ShareData, ShareKind } from '../src/lib/share/types.ts';
import { contentDir } from '../src/lib/paths.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { logoDataUri, readSiteLogo } from '../src/lib/site-logo.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, samples: { type: 'string', default: '40' } } });
const site = loadSiteConfig(contentDir);
// What the build draws: the site with its logo (buildShareImages reads it itself).
const logo = site.logo ? readSiteLogo('public', site.logo) : undefined;
const drawSite = logo && 'data' in logo ? { ...site, logoData: logoDataUri(logo) } : site;
const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-bench-images-'));
const WORDS = ['锦川市', '工商联', '十届三次', '执委会议', '工作报告', '万企兴万村', '营商环境', '复工复产', '先进民营企业', '表彰决定', '县级工商联', '光彩事业', '乡村振兴', '高质量发展', '“五好”', '民营经济', '统战工作', '商会建设'];

/** A generated page: kinds, dates and title lengths vary the way the real content does. */
function makePage(i: number): SharePage {
  const kinds: ShareKind[] = ['report', 'honor', 'story', 'story', 'enterprise'];
  const kind = kinds[i % kinds.length]!;
  const year = 2015 + (i % 11);
  const title = Array.from({ length: 2 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 5) % WORDS.length]).join('');
  const share: ShareData = {
    kind,
    title,
    description: `${title}。${WORDS[i % WORDS.length]}和${WORDS[(i + 3) % WORDS.length]}取得新进展，详见全文。`,
    pagePath: `/${kind}s/${year}/page-${i}/`,
    date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    year,
    ...(kind === 'honor' ? { count: 5 + (i % 90), groups: [{ heading: '先进民营企业', count: 5 + (i % 90), names: Array.from({ length: 5 + (i % 30) }, (_, k) => `${WORDS[(i + k) % WORDS.length]}有限公司`) }] } : {}),
    ...(kind === 'report' ? { parts: ['一、2023年工作回顾', '二、几点体会', `三、${WORDS[i % WORDS.length]}工作安排`] } : {}),
    ...(kind === 'story' ? { quote: { text: `${WORDS[i % WORDS.length]}让我们看到了${WORDS[(i + 5) % WORDS.length]}的希望，明年还要接着干。`, by: '周子航' } } : {}),
  };
  return { share, htmlFile: `${share.pagePath.slice(1)}index.html` };
}

function formatMs(ms: number): string {
  return ms.toFixed(1).padStart(7);
}

async function timeOneCore(): Promise<void> {
  const started = performance.now();
  const { faces } = loadShareFonts();
  const read = performance.now() - started;
  await renderShareImage({ image: 'square', share: makePage(0).share, site: drawSite }, faces);
  console.log(`font read + hash + cmap ${formatMs(read)} ms; + first image (satori parses the font) ${formatMs(performance.now() - started)} ms`);
  const samples = Number(values.samples);
  for (const image of ['card', 'square', 'poster'] as ShareImageKind[]) {
    const timings = { layout: 0, raster: 0, encode: 0 };
    let bytes = 0;
    let cpu = process.cpuUsage();
    for (let i = 0; i < samples + 5; i++) {
      if (i === 5) cpu = process.cpuUsage();
      const png = await renderShareImage({ image, share: makePage(i).share, site: drawSite }, faces, i < 5 ? undefined : timings);
      if (i >= 5) bytes += png.length;
    }
    const used = process.cpuUsage(cpu);
    const total = (timings.layout + timings.raster + timings.encode) / samples;
    // CPU time is what "per core" means, and it holds when other processes share the machine; wall time does not.
    const cpuMs = (used.user + used.system) / 1000 / samples;
    console.log(
      `${image.padEnd(7)} one core, font loaded: ${formatMs(cpuMs)} ms CPU/image, ${formatMs(total)} ms wall (layout ${(timings.layout / samples).toFixed(1)}, raster ${(timings.raster / samples).toFixed(1)}, encode ${(timings.encode / samples).toFixed(1)})  avg ${(bytes / samples / 1024).toFixed(1)} KB`,
    );
  }
}

async function timeBuilds(label: string, pages: SharePage[], workers?: number): Promise<void> {
  const cacheDir = path.join(scratch, `${label}-cache`);
  const run = async (name: string): Promise<ShareImagesReport & { cpu: number }> => {
    const cpu = process.cpuUsage();
    const report = await buildShareImages({ pages, site, outDir: path.join(scratch, `${label}-${name}`), cacheDir, projectRoot: process.cwd(), ...(workers === undefined ? {} : { workers }) });
    const used = process.cpuUsage(cpu);
    return { ...report, cpu: (used.user + used.system) / 1000 };
  };
  const cold = await run('cold');
  const warm = await run('warm');
  for (const [name, report] of [['cold', cold], ['cached', warm]] as const) {
    const perSecond = (report.images / report.ms) * 1000;
    console.log(
      `${label.padEnd(22)} ${name.padEnd(6)} ${String(report.images).padStart(5)} images  ${String(report.rendered).padStart(5)} rendered  ${String(report.ms).padStart(6)} ms  ${String(Math.round(report.cpu)).padStart(6)} ms CPU  ${perSecond.toFixed(0).padStart(5)} images/s  workers ${report.workers}`,
    );
  }
  const sizes: Record<string, number[]> = { card: [], square: [], poster: [] };
  for (const { share } of pages) {
    for (const [image, file] of Object.entries(sharePaths(share.pagePath))) sizes[image]!.push(readFileSync(path.join(scratch, `${label}-cold`, file)).length);
  }
  console.log(
    `${label.padEnd(22)} PNG sizes: ${Object.entries(sizes).map(([image, list]) => `${image} avg ${(list.reduce((a, b) => a + b, 0) / list.length / 1024).toFixed(1)} KB, max ${(Math.max(...list) / 1024).toFixed(1)} KB`).join('; ')}`,
  );
}

try {
  await timeOneCore();
  const generated = Array.from({ length: Number(values.pages) }, (_, i) => makePage(i));
  if (generated.length > 0) await timeBuilds(`generated ${generated.length} pages`, generated);
  const dist = path.resolve(process.env['GSL_OUT_DIR'] ?? 'dist');
  if (existsSync(dist)) {
    const demo = readBuiltPages(dist);
    await timeBuilds(`demo ${demo.length} pages, 2 workers`, demo, 2);
    await timeBuilds(`demo ${demo.length} pages, 1 thread`, demo, 0);
  } else {
    console.log(`(no built site at ${dist}: run npm run build first to time the demo site)`);
  }
  console.log(`peak memory (RSS, main thread and workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
