import { describe, expect, it } from 'vitest';
import { resolveOfflineLink, rewriteCssUrls, rewriteForOffline, type OfflineContext } from './offline-page.ts';

const pages: Record<string, string> = {
  '/years/2024/': 'years/2024/index.html',
  '/reports/2024/changwei/': 'reports/2024/changwei/index.html',
  '/archives/2024/compilation/': '年度汇编.html',
};
const files = new Set(['/_astro/Base.QIlQqSE8.css', '/theme.css', '/logo.svg', '/care.js', '/_astro/cover.Ab12.webp', '/fonts/a.woff2']);
const at = (file: string): OfflineContext => ({
  file,
  pageFile: (p) => pages[p],
  isAsset: (p) => files.has(p),
  baseUrl: 'https://www.jcgsl.example.cn',
});
const yearPage = at('years/2024/index.html');

describe('resolveOfflineLink', () => {
  it('points a page of the same year at its file, keeping the anchor', () => {
    expect(resolveOfflineLink('/reports/2024/changwei/#s1-2', yearPage)).toBe('../../reports/2024/changwei/index.html#s1-2');
  });

  it('points a page of another year at the live site', () => {
    expect(resolveOfflineLink('/reports/2023/zhiwei/', yearPage)).toBe('https://www.jcgsl.example.cn/reports/2023/zhiwei/');
  });

  it('links a page to itself by file name', () => {
    expect(resolveOfflineLink('/years/2024/', yearPage)).toBe('index.html');
  });

  it('percent-encodes a Chinese file name', () => {
    expect(resolveOfflineLink('/archives/2024/compilation/', yearPage)).toBe('../../%E5%B9%B4%E5%BA%A6%E6%B1%87%E7%BC%96.html');
  });

  it('leaves anchors, other hosts and mail links alone', () => {
    expect(['#main', 'https://beian.miit.gov.cn/', 'mailto:office@jcgsl.example.cn', '//cdn.example.cn/x.js'].map((h) => resolveOfflineLink(h, yearPage))).toEqual([
      '#main',
      'https://beian.miit.gov.cn/',
      'mailto:office@jcgsl.example.cn',
      '//cdn.example.cn/x.js',
    ]);
  });
});

describe('rewriteForOffline', () => {
  const head = '<head><link rel="stylesheet" href="/_astro/Base.QIlQqSE8.css"><link rel="stylesheet" href="/theme.css"><script src="/care.js"></script><link rel="alternate" href="/rss.xml"></head>';

  it('makes stylesheets, scripts and feeds work from the unzipped folder', () => {
    expect(rewriteForOffline(head, at('reports/2024/changwei/index.html')).html).toBe(
      '<head><link rel="stylesheet" href="../../../_astro/Base.QIlQqSE8.css"><link rel="stylesheet" href="../../../theme.css"><script src="../../../care.js"></script><link rel="alternate" href="https://www.jcgsl.example.cn/rss.xml"></head>',
    );
  });

  it('lists the site files the page needs, once each and sorted', () => {
    const body = '<img src="/logo.svg" alt=""><img src="/logo.svg" alt="">';
    expect(rewriteForOffline(head + body, yearPage).assets).toEqual(['/_astro/Base.QIlQqSE8.css', '/care.js', '/logo.svg', '/theme.css']);
  });

  it('rewrites every candidate of a srcset', () => {
    const html = '<img srcset="/_astro/cover.Ab12.webp 375w, /_astro/cover.Ab12.webp 750w" alt="封面" />';
    expect(rewriteForOffline(html, at('stories/2024/lvye/index.html')).html).toBe('<img srcset="../../../_astro/cover.Ab12.webp 375w, ../../../_astro/cover.Ab12.webp 750w" alt="封面" />');
  });

  it('drops the parts marked data-archive-omit (lists of other years, related stories), module scripts and the build’s share data', () => {
    const html = [
      '<nav aria-label="其他年度" data-archive-omit><ul class="year-nav"><li><a href="/years/2025/">2025年</a></li></ul></nav>',
      '<section aria-labelledby="related" data-archive-omit><h2 id="related">相关故事</h2><a href="/stories/2025/a/">甲</a></section>',
      '<p data-archive-omit><a href="/archives/x.zip">下载</a></p><p>正文</p>',
      '<script type="module" src="/_astro/SearchBox.js"></script>',
      '<meta name="gsl:share" content="{&quot;source&quot;:&quot;content/reports/2024/x.md&quot;}">',
    ].join('');
    expect(rewriteForOffline(html, yearPage)).toEqual({ html: '<p>正文</p>', assets: [] });
  });

  it('puts the Content-Security-Policy first in <head>, since a page opened from disk gets no headers', () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>甲</title></head><body></body></html>';
    expect(rewriteForOffline(html, { ...yearPage, csp: "default-src 'self'" }).html).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><meta charset="utf-8"><title>甲</title></head><body></body></html>',
    );
  });

  it('leaves a page without root-relative links exactly as built', () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><body><p class="doc">（一）服务企业有力有效。</p><a href="#s1">一、</a></body></html>';
    expect(rewriteForOffline(html, yearPage).html).toBe(html);
  });
});

describe('rewriteCssUrls', () => {
  it('makes root-relative url() relative to the stylesheet', () => {
    expect(rewriteCssUrls('@font-face{src:url("/fonts/a.woff2")}', at('_astro/x.css'))).toEqual({ css: '@font-face{src:url("../fonts/a.woff2")}', assets: ['/fonts/a.woff2'] });
  });
});
