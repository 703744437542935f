import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findRequests, folderSize, measurePageWeights, pageTypeOf } from './page-weight.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'gsl-weight-test-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const put = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
};
const css = 'body{line-height:1.8}'.repeat(20);
const reportHtml = '<html lang="zh-CN"><link rel="stylesheet" href="/_astro/site.css"><p>（一）会员服务扎实推进。</p>'.repeat(3);
put('_astro/site.css', css);
put('fonts/site.css', "@font-face{src:url('/fonts/a.woff2')}");
put('fonts/a.woff2', 'x'.repeat(1000));
put('reports/2019/zhiwei-10-3/index.html', reportHtml);
put('reports/index.html', '<html><a href="https://gov.example.org/">外链</a></html>');
put('stories/2020/huarui-yaoye/index.html', '<html><link rel="stylesheet" href="/fonts/site.css"><script src="https://cdn.example.net/x.js"></script></html>');
put('index.html', '<html><img src="/share/home.png"></html>');

describe('pageTypeOf', () => {
  it('tells single pieces from their listings', () => {
    expect(['reports/2019/a/index.html', 'reports/2019/index.html', 'enterprises/huarui-yaoye/index.html', 'years/2019/index.html', 'index.html'].map(pageTypeOf)).toEqual([
      'report', 'reports (list)', 'enterprise', 'years', 'home',
    ]);
  });
});

describe('findRequests', () => {
  it('counts scripts and stylesheets but not links to other sites', () => {
    const html = '<link rel="stylesheet" href="/a.css"><script src="//cdn.example.net/b.js"></script><a href="https://x.org/">x</a><link rel="canonical" href="https://gsl.example.cn/">';
    expect(findRequests(html, 'gsl.example.cn')).toEqual({ local: ['/a.css'], thirdParty: ['//cdn.example.net/b.js'] });
  });

  it('treats the site\'s own absolute URLs as first-party', () => {
    expect(findRequests('<script src="https://gsl.example.cn/a.js"></script>', 'gsl.example.cn').thirdParty).toEqual([]);
  });
});

describe('measurePageWeights', () => {
  const weights = measurePageWeights(dist, 'gsl.example.cn');

  it('weighs a page as gzipped HTML plus the gzipped CSS it loads', () => {
    expect(weights.byType['report']?.maxGzip).toBe(gzipSync(reportHtml).length + gzipSync(css).length);
  });

  it('leaves images out of the weight', () => {
    expect(weights.byType['home']?.maxGzip).toBe(gzipSync('<html><img src="/share/home.png"></html>').length);
  });

  it('adds up font files that stylesheets pull in', () => {
    expect(weights.fontBytes).toBe(1000);
  });

  it('lists third-party requests', () => {
    expect(weights.thirdPartyRequests).toEqual(['https://cdn.example.net/x.js']);
  });

  it('names the largest page', () => {
    expect(weights.largest?.path).toBe('reports/2019/zhiwei-10-3/index.html');
  });
});

describe('folderSize', () => {
  it('is zero for a folder that does not exist', () => {
    expect(folderSize(path.join(dist, 'pagefind'))).toBe(0);
  });
});
