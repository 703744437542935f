import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-index-'));
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

describe('buildSearchIndex', () => {
  it('indexes only pages with data-pagefind-body and leaves out Pagefind’s unused interfaces', async () => {
    const dir = site({
      'reports/2024/a/index.html': '<nav>导航</nav><main data-pagefind-body><h1>优化营商环境</h1><p>全年走访企业２３００家。</p></main>',
      'reports/index.html': '<main><h1>工作报告</h1></main>',
    });
    const report = await buildSearchIndex(dir);
    expect([report.files, report.pages]).toEqual([2, 1]);
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('copies the previous index when no page changed, and rebuilds it when one did', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'gsl-index-cache-'));
    const pages = { 'stories/2024/a/index.html': '<main data-pagefind-body><h1>复工复产</h1><p>车间恢复生产。</p></main>' };
    const first = await buildSearchIndex(site(pages), cache);
    const againDir = site(pages);
    const again = await buildSearchIndex(againDir, cache);
    const changed = await buildSearchIndex(site({ 'stories/2024/a/index.html': '<main data-pagefind-body><h1>复工复产</h1><p>订单回升。</p></main>' }), cache);
    expect([first.cached, again.cached, changed.cached]).toEqual([false, true, false]);
    expect(again.pages).toBe(1);
    expect(readFileSync(path.join(againDir, 'pagefind/pagefind-entry.json'), 'utf8')).toContain('"page_count":1');
    expect(readdirSync(cache).filter((name) => !name.endsWith('.partial'))).toHaveLength(2);
  });

  it('fails, in Chinese, when no page marks its content with data-pagefind-body', async () => {
    const dir = site({ 'index.html': '<main><h1>首页</h1></main>' });
    await expect(buildSearchIndex(dir)).rejects.toThrow('搜索索引生成失败：1 个页面中没有一个带 data-pagefind-body');
  });
});
