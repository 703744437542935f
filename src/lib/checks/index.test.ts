import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from './index.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/checks');
const root = path.resolve(import.meta.dirname, '../../..');
const run = (tree: string) => checkContentTree(path.join(fixtures, tree), { cwd: root });
const broken = await run('broken');
const about = (file: string) => broken.filter((f) => f.file === `tests/fixtures/checks/broken/${file}`).map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`);

describe('checkContentTree', () => {
  it('finds nothing in a clean, real-looking tree', async () => {
    expect(await run('clean')).toEqual([]);
  });

  it('reports placeholders in the title and body but not a 3×3 room', () => {
    expect(about('reports/2019/placeholders.md').filter((f) => f.split(' ')[1] === 'placeholder')).toEqual([
      '2:13 placeholder 未填写的占位符“X”（本行共 2 处），请填上实际内容',
      '10:7 placeholder 未填写的占位符“×”（本行共 2 处），请填上实际内容',
      '12:3 placeholder 未填写的占位符“××”，请填上实际内容',
      '12:8 placeholder 未填写的占位符“XX”，请填上实际内容',
      '12:16 placeholder 未填写的占位符“（此处填写商会名称）”，请填上实际内容',
    ]);
  });

  it('reports watermarks, adverts and document-site links', () => {
    expect(about('reports/2019/adverts.md').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['8:1 watermark', '10:5 watermark', '12:13 doc-site', '14:3 watermark']);
  });

  it('reports script, iframe, event handlers and javascript: links', () => {
    expect(about('reports/2019/unsafe.md').map((f) => f.split(' ')[0])).toEqual(['8:1', '10:1', '12:21', '14:1']);
  });

  it('reports a broken internal link with a nearby page and a missing anchor', () => {
    expect(about('reports/2019/links.md').slice(1, 3)).toEqual([
      '11:2 broken-link 页面 /reports/2019/adverts/ 里没有“#s9”这个位置',
      '11:36 broken-link 站内链接 /reports/2019/nope/ 指向的页面不存在，是不是 /reports/2019/unsafe/？',
    ]);
  });

  it('reports an image without alt text and a link written as a file path', () => {
    expect(about('reports/2019/links.md').slice(3).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['13:1 image-alt', '15:3 file-link']);
  });

  it('reports two pieces that would share one URL, each naming the other', () => {
    expect([about('reports/2019/placeholders.md')[0], about('reports/2019/links.md')[0]]).toEqual([
      '1:1 duplicate-slug 网址 /reports/2019/placeholders/ 与 tests/fixtures/checks/broken/reports/2019/links.md 重复，请在其中一个的信息区写一个不同的 slug',
      '3:7 duplicate-slug 网址 /reports/2019/placeholders/ 与 tests/fixtures/checks/broken/reports/2019/placeholders.md 重复，请在其中一个的信息区写一个不同的 slug',
    ]);
  });

  it('reports an unknown enterprise with a did-you-mean from names and aliases', () => {
    expect(about('stories/2019/unknown-enterprise.md')).toEqual(['3:15 unknown-enterprise 不认识的企业“华锐药业”，是不是“锦川华瑞药业股份有限公司”（huarui-yaoye）？']);
  });

  it('reports an honour table without a name column', () => {
    expect(about('honors/2019/no-name-column.md').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['8:1 honor-table-name']);
  });

  it('reports invisible characters and half-width punctuation', () => {
    expect(about('reports/2019/invisible.md').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['1:1 bom', '8:5 zero-width', '8:10 half-width-punct', '10:3 nbsp']);
  });

  it('reports an unknown content type once for its folder', () => {
    expect(about('news').map((f) => f.split(' ')[1])).toEqual(['unknown-kind']);
  });

  it('reports schema problems in editors’ words', () => {
    expect(about('reports/2019/schema.md').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      '2:1 field-missing',
      '2:1 field-missing',
      '3:7 field-type',
      '5:1 field-unknown',
      '6:8 field-type',
    ]);
  });
});

describe('checkContentTree with a cache', () => {
  it('finds the same problems from the cache, and re-reads only the file that changed', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-check-cache-'));
    try {
      const tree = path.join(scratch, 'broken');
      cpSync(path.join(fixtures, 'broken'), tree, { recursive: true });
      const cacheFile = path.join(scratch, 'cache.json');
      const runCached = async () => {
        const stats = { reused: 0, inspected: 0 };
        const findings = await checkContentTree(tree, { cwd: scratch, cacheFile, stats });
        return { findings, stats };
      };
      const first = await runCached();
      const second = await runCached();
      expect(first.stats.reused).toBe(0);
      expect(second.stats).toEqual({ reused: first.stats.inspected, inspected: 0 });
      expect(second.findings).toEqual(first.findings);
      expect(first.findings.length).toBeGreaterThan(10);

      // A placeholder typed into one report: only that file is read again, and its new problem is reported.
      const report = path.join(tree, 'reports/2019/placeholders.md');
      writeFileSync(report, `${readFileSync(report, 'utf8')}\n会议由××主持。\n`);
      const third = await runCached();
      expect(third.stats).toEqual({ reused: first.stats.inspected - 1, inspected: 1 });
      const placeholders = (run: typeof first) => run.findings.filter((f) => f.code === 'placeholder').length;
      expect(placeholders(third)).toBe(placeholders(first) + 1);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('inspects everything again when the checker code changed', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { openEntryCache } = await import('./entry-cache.ts');
    const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-check-cache-'));
    try {
      const cacheFile = path.join(scratch, 'cache.json');
      const file = { kind: 'story' as const, rel: 'stories/2024/a.md', yearFolder: '2024' };
      const entry = { kind: 'story' as const, rel: file.rel, absPath: '/x', slug: 'a', url: '/stories/2024/a/', oldUrls: [], data: {}, places: { slug: { line: 1, column: 1 }, redirectFrom: [], enterprises: [] }, links: [], honorTables: [], anchors: null, bodyLine: 5, personal: [], findings: [] };
      const old = openEntryCache(cacheFile, 'old checker');
      old.set(file, 'text', entry);
      old.save();
      expect(openEntryCache(cacheFile, 'old checker').get(file, 'text')?.slug).toBe('a');
      expect(openEntryCache(cacheFile, 'old checker').get(file, 'other text')).toBeUndefined();
      expect(openEntryCache(cacheFile, 'new checker').get(file, 'text')).toBeUndefined();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
