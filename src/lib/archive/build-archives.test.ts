import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../tests/support/read-zip.ts';
import { serializeShareData } from '../share/share-meta.ts';
import type { ShareData } from '../share/types.ts';
import { loadSiteConfig } from '../site-config.ts';
import { openArchiveCache } from './archive-cache.ts';
import { buildArchives } from './build-archives.ts';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

function page(share: ShareData, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta name="gsl:share" content="${escape(serializeShareData(share))}"><link rel="stylesheet" href="/theme.css"></head><body>${body}</body></html>`;
}

/** One 2024 report, its Markdown and its built page, and the year page; both pages load the stylesheet. */
function builtSite(): { root: string; outDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'gsl-build-archives-'));
  const outDir = path.join(root, 'dist');
  const files: Record<string, string> = {
    'content/reports/2024/a.md': '---\ntitle: 工作报告\ndate: 2024-03-01\n---\n\n正文。\n',
    'dist/theme.css': 'body { color: #222; }',
    'dist/years/2024/index.html': page({ kind: 'year', title: '2024年', description: '', pagePath: '/years/2024/', year: 2024 }, '<h1>2024年</h1><a href="/reports/2024/a/">工作报告</a>'),
    'dist/reports/2024/a/index.html': page(
      { kind: 'report', title: '工作报告', description: '', pagePath: '/reports/2024/a/', year: 2024, date: '2024-03-01', source: path.join(root, 'content/reports/2024/a.md') },
      '<h1>工作报告</h1><p>正文。</p>',
    ),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return { root, outDir };
}

describe('buildArchives with a cache', () => {
  it('takes an unchanged year from the cache without making it again, and makes it again when only a file its pages load changed', async () => {
    const { root, outDir } = builtSite();
    const cacheDir = path.join(root, 'cache');
    const build = () =>
      buildArchives({ outDir, projectRoot: process.cwd(), contentRoot: path.join(root, 'content'), site: loadSiteConfig('content'), printer: undefined, cache: openArchiveCache(cacheDir), log: () => {} });
    const [first] = await build();
    const zip = () => readFileSync(path.join(outDir, 'archives', first!.file));
    const firstBytes = zip();
    const records = readdirSync(cacheDir, { recursive: true }).filter((name) => String(name).endsWith('.year'));
    const [again] = await build();
    const againBytes = zip();
    // A record that cannot be read (a disk that filled up, a hand that edited it) only means the year is made again.
    for (const name of records) writeFileSync(path.join(cacheDir, String(name)), '{"assets":');
    const [unreadable] = await build();
    writeFileSync(path.join(outDir, 'theme.css'), 'body { color: #000; }');
    const [restyled] = await build();
    const css = (await readZip(zip())).get(`${first!.file.replace(/\.zip$/, '')}/theme.css`)?.toString('utf8');

    expect([first!.zipped, again!.zipped, restyled!.zipped]).toEqual([true, false, true]);
    expect(records).toHaveLength(1);
    expect(againBytes.equals(firstBytes)).toBe(true);
    expect([unreadable!.size, unreadable!.sha256]).toEqual([first!.size, first!.sha256]);
    expect([again!.size, again!.sha256, again!.pages]).toEqual([first!.size, first!.sha256, first!.pages]);
    expect(css).toBe('body { color: #000; }');
  });
});
