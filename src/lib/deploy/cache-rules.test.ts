import { describe, expect, it } from 'vitest';
import { CACHE_RULES, cacheControlFor, isImmutablePath, matchesPattern } from './cache-rules.ts';

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

describe('cacheControlFor', () => {
  it('caches Astro’s hashed assets for a year as immutable', () => {
    expect([cacheControlFor('/_astro/Base.B2x9kd3a.css'), cacheControlFor('/_astro/logo.Cq1z7a.webp')]).toEqual([YEAR, YEAR]);
  });

  it('caches Pagefind’s content-hashed chunks for a year', () => {
    const chunks = ['/pagefind/fragment/zh-cn_9bb59cf.pf_fragment', '/pagefind/index/zh-cn_adac315.pf_index', '/pagefind/filter/zh-cn_51c0e2a.pf_filter'];
    expect(chunks.map(cacheControlFor)).toEqual([YEAR, YEAR, YEAR]);
  });

  it('revalidates pages and every file whose name stays the same when it changes', () => {
    const paths = [
      '/index.html',
      '/reports/2024/jcgsl-zhiweihui/index.html',
      '/404.html',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind.zh-cn_72c17812fb0c3.pf_meta',
      '/sitemap-index.xml',
      '/rss.xml',
      '/theme.css',
      '/archives/2024.zip',
      '/_headers',
    ];
    expect(new Set(paths.map(cacheControlFor))).toEqual(new Set([REVALIDATE]));
  });

  it('keeps share images for a day because their names carry no hash', () => {
    expect(cacheControlFor('/share/reports/2024/jcgsl-zhiweihui/card.png')).toBe('public, max-age=86400');
  });
});

describe('matchesPattern', () => {
  it('matches a folder pattern only below that folder', () => {
    expect([matchesPattern('/_astro/*', '/_astro/a.css'), matchesPattern('/_astro/*', '/_astro'), matchesPattern('/_astro/*', '/x/_astro/a.css')]).toEqual([true, false, false]);
  });
});

describe('CACHE_RULES', () => {
  it('never lets two patterns match the same path, since Cloudflare would join their values', () => {
    const overlapping = CACHE_RULES.flatMap((a, i) => CACHE_RULES.slice(i + 1).filter((b) => matchesPattern(a.pattern, b.pattern.replace('*', 'x')) || matchesPattern(b.pattern, a.pattern.replace('*', 'x'))).map((b) => `${a.pattern} ∩ ${b.pattern}`));
    expect(overlapping).toEqual([]);
  });
});

describe('isImmutablePath', () => {
  it('tells hashed assets from pages', () => {
    expect([isImmutablePath('/_astro/Base.B2x9kd3a.css'), isImmutablePath('/index.html')]).toEqual([true, false]);
  });
});
