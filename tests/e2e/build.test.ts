import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

let site: BuiltSite;
const read = (file: string) => readFileSync(path.join(site.dist, file), 'utf8');

beforeAll(() => {
  site = buildSite('tests/fixtures/mini', { GSL_NOW: '2026-01-01T00:00:00+08:00' });
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('a production build of a small content tree', () => {
  it('builds a page for every published piece, enterprise, listing and year', () => {
    const pages = [
      'index.html',
      'reports/index.html',
      'honors/index.html',
      'stories/index.html',
      'enterprises/index.html',
      'archives/index.html',
      'reports/2024/changwei/index.html',
      'honors/2024/xianjin/index.html',
      'stories/2023/lvye-lenglian/index.html',
      'enterprises/hengfeng-zhiye/index.html',
      'enterprises/lvye-nongye/index.html',
      'years/2024/index.html',
      'years/2023/index.html',
      '404.html',
    ];
    expect(pages.filter((p) => !existsSync(path.join(site.dist, p)))).toEqual([]);
  });

  it('leaves drafts and pieces scheduled for later out of pages, listings, sitemap and RSS', () => {
    expect(existsSync(path.join(site.dist, 'reports/2024/caogao'))).toBe(false);
    expect(existsSync(path.join(site.dist, 'stories/2023/weilai'))).toBe(false);
    const everywhere = [read('reports/index.html'), read('years/2024/index.html'), read('sitemap-0.xml'), read('rss.xml')].join('\n');
    expect(everywhere).not.toContain('草稿中的报告');
    expect(everywhere).not.toContain('定时发布的文章');
    expect(everywhere).not.toContain('caogao');
  });

  it('marks every page as Chinese for readers, search and screen readers', () => {
    const html = readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(html.filter((f) => !read(f).includes('<html lang="zh-CN"'))).toEqual([]);
  });

  it('turns the report outline into headings with anchors and a contents list', () => {
    const report = read('reports/2024/changwei/index.html');
    expect(report).toContain('<h2 id="s1">一、2023年工作回顾</h2>');
    expect(report).toContain('<h3 id="s1-2">（二）帮扶行动持续深化。</h3>');
    expect(report).toContain('<h4 id="s1-2-1">1．完善工作机制。</h4>');
    expect(report).toMatch(/<a href="#s1-1"[^>]*>（一）服务企业有力有效。<\/a>/);
  });

  it('gives each honouree a row anchor and links the known enterprises', () => {
    const honor = read('honors/2024/xianjin/index.html');
    expect(honor).toContain('<tr id="cheng-jiang-heng-feng-zhi-ye-you-xian-gong-si">');
    expect(honor).toContain('<a href="/enterprises/hengfeng-zhiye/">澄江恒丰纸业有限公司</a>');
    expect(honor).not.toContain('href="/enterprises/undefined');
    expect(honor).toContain('澄江明德机械厂</th>');
  });

  it('gathers an enterprise’s honours, stories and mentioning reports on its page', () => {
    const page = read('enterprises/hengfeng-zhiye/index.html');
    expect(page).toContain('href="/honors/2024/xianjin/#cheng-jiang-heng-feng-zhi-ye-you-xian-gong-si"');
    expect(page).toContain('href="/stories/2023/lvye-lenglian/"');
    expect(page).toContain('href="/reports/2024/changwei/"');
  });

  it('lists a person honoured for an enterprise on that enterprise’s page', () => {
    const page = read('enterprises/lvye-nongye/index.html');
    expect(page).toContain('href="/honors/2024/xianjin/#lin-xiao-he"');
    expect(page).toContain('先进个人：林小禾');
  });

  it('resolves story enterprises given by slug or by alias', () => {
    const story = read('stories/2023/lvye-lenglian/index.html');
    expect(story).toContain('<a href="/enterprises/lvye-nongye/">澄江绿野农业科技有限公司</a>');
    expect(story).toContain('<a href="/enterprises/hengfeng-zhiye/">澄江恒丰纸业有限公司</a>');
  });

  it('shows a story’s cover image, resized into the hashed assets, with its alt text', () => {
    const story = read('stories/2023/lvye-lenglian/index.html');
    const img = /<img src="(\/_astro\/lvye-cover\.[^"]+\.webp)"[^>]*alt="清晨装车的冷链车"/.exec(story);
    expect(img).not.toBeNull();
    expect(existsSync(path.join(site.dist, img![1]!))).toBe(true);
  });

  it('keeps an old URL working after a slug change', () => {
    const redirect = read('reports/2024/changwei-old/index.html');
    expect(redirect).toContain('/reports/2024/changwei/');
    expect(redirect).toMatch(/http-equiv="refresh"/);
    expect(read('sitemap-0.xml')).not.toContain('changwei-old');
  });

  it('publishes a sitemap and an RSS feed with absolute URLs of the site', () => {
    expect(read('sitemap-0.xml')).toContain('<loc>https://test.example.cn/reports/2024/changwei/</loc>');
    expect(read('rss.xml')).toContain('<link>https://test.example.cn/stories/2023/lvye-lenglian/</link>');
  });
});
