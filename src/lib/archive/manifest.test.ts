import { describe, expect, it } from 'vitest';
import { buildManifest, serializeManifest, sha256 } from './manifest.ts';
import type { ArchivePiece } from './plan-archives.ts';

const report: ArchivePiece = {
  type: 'report',
  title: '在市工商联常委会议上的工作报告',
  date: '2024-01-20',
  pagePath: '/reports/2024/changwei/',
  htmlFile: 'reports/2024/changwei/index.html',
  source: 'content/reports/2024/changwei.md',
};
const source = new TextEncoder().encode('---\ntitle: 在市工商联常委会议上的工作报告\n---\n各位常委：\n');
const page = new TextEncoder().encode('<!DOCTYPE html><title>报告</title>');
const input = {
  site: { name: '澄江市工商业联合会', shortName: '澄江工商联', baseUrl: 'https://test.example.cn' },
  year: 2024,
  pieces: [{ piece: report, source: 'sources/reports/2024/changwei.md', page: 'reports/2024/changwei/index.html' }],
  files: [
    { path: 'sources/reports/2024/changwei.md', data: source },
    { path: 'reports/2024/changwei/index.html', data: page },
  ],
};

describe('sha256', () => {
  it('gives the hex digest', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('buildManifest', () => {
  it('describes each piece with its type, title, date, live URL and the hash of its source', () => {
    expect(buildManifest(input).entries).toEqual([
      {
        type: 'report',
        title: '在市工商联常委会议上的工作报告',
        date: '2024-01-20',
        url: 'https://test.example.cn/reports/2024/changwei/',
        source: 'sources/reports/2024/changwei.md',
        sha256: sha256(source),
        page: 'reports/2024/changwei/index.html',
      },
    ]);
  });

  it('lists every file sorted by path with size and hash', () => {
    expect(buildManifest(input).files.map((f) => [f.path, f.size])).toEqual([
      ['reports/2024/changwei/index.html', page.byteLength],
      ['sources/reports/2024/changwei.md', source.byteLength],
    ]);
  });

  it('refuses an entry whose source is not in the bundle', () => {
    expect(() => buildManifest({ ...input, files: [] })).toThrow('归档包里缺少源文件 sources/reports/2024/changwei.md');
  });
});

describe('serializeManifest', () => {
  it('writes readable Chinese and ends with a newline', () => {
    const text = serializeManifest(buildManifest(input));
    expect(text).toContain('"organisation": "澄江市工商业联合会"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
