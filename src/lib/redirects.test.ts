import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRedirects, readFrontMatter } from './redirects.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-redirects-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('collectRedirects', () => {
  it('maps every old slug to the current URL of its piece', () => {
    const dir = tree({
      'reports/2024/zhiwei.md': '---\ntitle: 报告\nredirectFrom: [changwei, zhiwei-old]\n---\n正文',
      'stories/2023/复工.md': '---\ntitle: 复工复产\nredirectFrom: [fugong]\n---\n正文',
      'honors/2024/a.md': '---\ntitle: 名单\n---\n',
    });
    expect(collectRedirects(dir)).toEqual({
      '/reports/2024/changwei/': '/reports/2024/zhiwei/',
      '/reports/2024/zhiwei-old/': '/reports/2024/zhiwei/',
      '/stories/2023/fugong/': '/stories/2023/fu-gong-fu-chan/',
    });
  });

  it('finds nothing in a tree without redirects or without the folders', () => {
    expect(collectRedirects(tree({ 'site.yaml': 'name: x' }))).toEqual({});
  });
});

describe('readFrontMatter', () => {
  it('reads the YAML between the fences, ignoring a BOM', () => {
    expect(readFrontMatter('\uFEFF---\ntitle: 标题\n---\n正文')).toEqual({ title: '标题' });
  });

  it('returns nothing for a file without front matter', () => {
    expect(readFrontMatter('正文')).toEqual({});
  });
});
