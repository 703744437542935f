/**
 * Incremental builds publish exactly what a cold build publishes. A page is copied from the last build when its cache
 * key (src/cache-keys.ts) and code are unchanged; if a key left out something the page shows, the copy would be
 * stale. So the demo content is built, edited the ways editors edit it, built again incrementally, and the result is
 * compared file by file with a cold build of the same edited content. (Edits every page depends on — site.yaml, a
 * picture, an enterprise's names, an honour group's heading — are in every key, so they render everything again.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_CACHES } from '../../src/lib/file-cache.ts';
import { renderCacheDir } from '../../src/lib/paths.ts';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { hashTree } from '../support/hash-tree.ts';

afterAll(removeContentCopies);

// No year PDFs: they are not pages, and printing them would double the test's time.
const ENV = { CHROMIUM_PATH: '/nonexistent/chromium', GSL_REQUIRE_PDF: '', GSL_NOW: '2026-01-01T00:00:00+08:00' };

/** The build's own caches, in a folder of their own, so the first and the incremental build share them and nothing else does. */
function cachesIn(dir: string): Record<string, string> {
  return Object.fromEntries(Object.values(BUILD_CACHES).map(({ folder, variable }) => [variable, path.join(dir, folder)]));
}

/** Changes one file of the tree by replacing text that must be there. */
function edit(content: string, file: string, from: string, to: string): void {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no “${from}”`);
  writeFileSync(full, text.replace(from, to));
}

/** The edits an editor makes in a week, each reaching pages other than its own. */
function editLikeAnEditor(content: string): void {
  // A report's title: its page, its neighbours' 上一篇/下一篇, the year page, the enterprises it names, the compilation.
  edit(content, 'reports/2024/zhiwei-shijie-sici.mdx', 'title: ', 'title: （修订）');
  // An enterprise's profile: its page only.
  edit(content, 'enterprises/lvye-shipin.yaml', 'profile: 主营', 'profile: 专业生产');
  // A story's county: the related stories of other stories change.
  edit(content, 'stories/2023/deyao-chuhai.md', 'county: 白石县', 'county: 临溪县');
  // An honour row's 职务: its list, the enterprise it names, the year's compilation.
  edit(content, 'honors/2024/youxiu-jianshezhe.md', '锦川华瑞药业股份有限公司董事长', '锦川华瑞药业股份有限公司党委书记、董事长');
  // A 大事记 event: the year page.
  edit(content, 'events/2024.yaml', 'events:\n', 'events:\n  - date: 2024-12-20\n    title: 召开年度工作总结会议\n');
  // A new report: its year's pages, listings, neighbours.
  const report = readFileSync(path.join(content, 'reports/2023/zhiwei-shijie-sanci.md'), 'utf8');
  writeFileSync(path.join(content, 'reports/2023/changwei-buchong.md'), report.replace(/^title: .*$/m, 'title: 在市工商联常委会议上的补充说明').replace(/^date: .*$/m, 'date: 2023-12-28'));
}

describe('an incremental build', () => {
  it('reuses unchanged pages and publishes exactly what a cold build of the same content publishes', () => {
    const content = copyContentTree('content', 'gsl-incremental-');
    const caches = mkdtempSync(path.join(tmpdir(), 'gsl-incremental-caches-'));
    rmSync(renderCacheDir(content), { recursive: true, force: true });
    const first = buildSite(content, { ...ENV, ...cachesIn(caches) });
    expect(first.status, first.output).toBe(0);

    editLikeAnEditor(content);
    const incremental = buildSite(content, { ...ENV, ...cachesIn(caches), GSL_OUT_DIR: first.dist });
    expect(incremental.status, incremental.output).toBe(0);
    const restored = incremental.output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    expect(restored).toBeGreaterThan(10);

    rmSync(renderCacheDir(content), { recursive: true, force: true });
    const cold = buildSite(content, { ...ENV, ...cachesIn(mkdtempSync(path.join(tmpdir(), 'gsl-incremental-cold-'))) });
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).not.toMatch(/\((?:restored|cached)\)/);

    const [a, b] = [hashTree(first.dist), hashTree(cold.dist)];
    const differing = Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]);
    expect(differing).toEqual([]);
    expect(Object.keys(a).length).toBeGreaterThan(100);
    rmSync(caches, { recursive: true, force: true });
  }, 600_000);

  it('keeps dist/ as it is when nothing changed, and builds again after an edit or with --force', () => {
    const content = copyContentTree('tests/fixtures/mini', 'gsl-unchanged-');
    // With Chromium, as a finished build has it: a build without it made bundles without PDFs and is never taken as finished.
    const caches = { GSL_NOW: ENV.GSL_NOW, ...cachesIn(mkdtempSync(path.join(tmpdir(), 'gsl-unchanged-caches-'))) };
    const first = buildSite(content, caches);
    expect(first.status, first.output).toBe(0);
    const published = statSync(first.dist).ino;
    const bytes = hashTree(first.dist);

    const again = buildSite(content, { ...caches, GSL_OUT_DIR: first.dist });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/内容、程序和设置都和上次构建时一样，.*保持不变/);
    expect([statSync(first.dist).ino, hashTree(first.dist)]).toEqual([published, bytes]);

    edit(content, 'reports/2024/changwei.md', '在市工商联常委会议上的工作报告', '在市工商联常委会议上的工作报告（修订）');
    const edited = buildSite(content, { ...caches, GSL_OUT_DIR: first.dist });
    expect(edited.status, edited.output).toBe(0);
    expect(edited.output).toContain('构建完成');
    expect(readFileSync(path.join(first.dist, 'reports/2024/changwei/index.html'), 'utf8')).toContain('（修订）');

    const forced = spawnSync(process.execPath, ['scripts/build.ts', '--force'], { encoding: 'utf8', env: { ...process.env, ...caches, GSL_CONTENT_DIR: content, GSL_OUT_DIR: first.dist, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(forced.status, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stdout).toContain('构建完成');
  }, 600_000);
});
