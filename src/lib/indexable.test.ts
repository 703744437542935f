import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowsIndexing, builtPageFile, isIndexablePage } from './indexable.ts';

describe('allowsIndexing', () => {
  it.each([
    ['a page without robots meta', '<html><head><title>报告</title></head><body></body></html>', true],
    ['a noindex page', '<html><head><meta name="robots" content="noindex"></head></html>', false],
    ['noindex among other words, any case', '<head><META NAME="Robots" CONTENT="NoIndex, follow"></head>', false],
    ['a robots meta that allows indexing', '<head><meta name="robots" content="index, follow"></head>', true],
    ['noindex written in the body, not the head', '<head></head><body><meta name="robots" content="noindex"></body>', true],
    ['a title holding > and quotes', '<head><title>A>B "x"</title><meta content="noindex" name="robots"></head>', false],
  ])('%s', (_, html, expected) => {
    expect(allowsIndexing(html)).toBe(expected);
  });
});

describe('isIndexablePage', () => {
  it('reads the built page of a URL', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gsl-indexable-'));
    mkdirSync(path.join(dir, 'reports/2024/old'), { recursive: true });
    writeFileSync(path.join(dir, 'reports/2024/old/index.html'), '<head><meta name="robots" content="noindex"></head>');
    expect([isIndexablePage(dir, 'https://x.cn/reports/2024/old/'), isIndexablePage(dir, 'https://x.cn/rss.xml')]).toEqual([false, true]);
    expect(builtPageFile('dist', 'https://x.cn/%E6%8A%A5/')).toBe(path.join('dist', '报/index.html'));
  });
});
