import { describe, expect, it } from 'vitest';
import { labelOf, parseBuildLog, type LogLine } from './build-log.ts';

/** A log as Astro 7 prints it, with made-up arrival times. */
const astroLog: LogLine[] = [
  { t: 250, text: '07:22:01 [gsl-content-check] 内容检查通过，用时 528 毫秒（12 个文件检查，4390 个未改动、沿用上次的结果）' },
  { t: 300, text: '07:22:01 [content] Syncing content' },
  { t: 2300, text: '07:22:03 [content] Synced content' },
  { t: 2400, text: '07:22:03 [build] Building static entrypoints...' },
  { t: 5400, text: '07:22:06 [vite] \u001b[32m✓ built in 2.90s\u001b[39m' },
  { t: 5500, text: '07:22:06 [build] \u001b[32m✓ Completed in 3.05s.\u001b[39m' },
  { t: 5600, text: ' generating static routes ' },
  { t: 5700, text: '07:22:06   ├─ /archives/2019/index.html (+3ms)' },
  { t: 5800, text: '07:22:06   ├─ /search/index.html (+2ms)' },
  { t: 15600, text: '07:22:16 ✓ Completed in 10.02s.' },
  { t: 15700, text: '07:22:16 [gsl-share-images] 4410 个页面需要分享图片' },
  { t: 40000, text: '07:22:40 [gsl-share-images] 分享图片：新生成 4400 张，沿用缓存 10 张，用时 24210 毫秒' },
  { t: 41000, text: '07:22:41 [pagefind] Indexed 4410 pages' },
  { t: 47000, text: '07:22:47 [pagefind] Wrote the index' },
  { t: 49000, text: '07:22:49 [gsl-archives] 30 个年度下载包，用时 1.8 秒' },
  { t: 49100, text: '07:22:49 [build] 4410 page(s) built in 48.80s' },
];

describe('labelOf', () => {
  it('reads the bracketed label after the clock', () => {
    expect(labelOf('07:22:41 [pagefind] Indexed 4410 pages')).toBe('pagefind');
    expect(labelOf('07:22:06   ├─ /archives/2019/index.html (+3ms)')).toBe('');
  });
});

describe('parseBuildLog', () => {
  const phases = parseBuildLog(astroLog);

  it('times content loading from Syncing to Synced', () => {
    expect(phases.content).toBe(2000);
  });

  it('counts start-up as everything before content loading', () => {
    expect(phases.startup).toBe(300);
  });

  it('times bundling from Building entrypoints to generating static routes', () => {
    expect(phases.bundle).toBe(5600 - 2400);
  });

  it('takes page rendering from the Completed line that follows generating static routes', () => {
    expect(phases.pages).toBe(10020);
  });

  it('prefers the duration an integration states itself', () => {
    expect(phases.check).toBe(528);
    expect(phases.images).toBe(24210);
    expect(phases.archives).toBe(1800);
  });

  it('measures an integration that states no duration from the line before it to its last line', () => {
    expect(phases.index).toBe(47000 - 40000);
  });

  it('counts pages, rendered images and images taken from the cache', () => {
    expect([phases.pageCount, phases.imagesRendered, phases.imagesSkipped]).toEqual([4410, 4400, 10]);
  });

  it('does not mistake route listings for integrations', () => {
    const routesOnly = parseBuildLog(astroLog.slice(0, 9));
    expect([routesOnly.index, routesOnly.archives, routesOnly.images]).toEqual([undefined, undefined, undefined]);
  });

  it('reads Astro\'s minute format for long phases', () => {
    const long = parseBuildLog([
      { t: 0, text: ' generating static routes ' },
      { t: 192_000, text: '07:52:34 ✓ Completed in 3m 12s.' },
    ]);
    expect(long.pages).toBe(192_000);
  });

  it('leaves out phases whose lines are missing', () => {
    expect(parseBuildLog([{ t: 0, text: 'something else' }])).toEqual({});
  });
});
