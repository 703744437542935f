import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDistFiles } from './list-files.ts';

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-list-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('listDistFiles', () => {
  it('lists nested files by their path below the site, sorted', () => {
    const dir = siteWith({ 'reports/2024/zhiweihui/index.html': '<h1>工作报告</h1>', '_astro/Base.B2x9kd3a.css': 'body{}', 'index.html': '<h1>首页</h1>' });
    expect(listDistFiles(dir).map((file) => file.relativePath)).toEqual(['_astro/Base.B2x9kd3a.css', 'index.html', 'reports/2024/zhiweihui/index.html']);
  });

  it('records size, SHA-256 and MD5 of the bytes', () => {
    const [file] = listDistFiles(siteWith({ 'a.txt': 'abc' }));
    expect([file?.size, file?.sha256, file?.md5Base64]).toEqual([3, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'kAFQmDzST7DWlj99KOF/cg==']);
  });

  it('lists files only, not the folders that hold them', () => {
    const dir = siteWith({ 'honors/2023/index.html': '<h1>表彰名单</h1>' });
    mkdirSync(path.join(dir, 'empty'));
    expect(listDistFiles(dir).map((file) => file.relativePath)).toEqual(['honors/2023/index.html']);
  });
});
