import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './markdown.ts';
import { findPersonalHits, findRenderedHits, markCommentHits, numberKey, personalFindings } from './personal-data.ts';

describe('findPersonalHits', () => {
  it('places each number at its line and column and keeps only its masked form and a hash', () => {
    const hits = findPersonalHits('---\ntitle: 表彰\n---\n\n| 名称 | 电话 |\n| 周明远 | 13812345678 |\n', 1);
    expect(hits).toEqual([{ line: 6, column: 9, kind: 'mobile', masked: '138****5678', key: numberKey('13812345678') }]);
    expect(JSON.stringify(hits)).not.toContain('13812345678');
  });
});

describe('findRenderedHits', () => {
  it('finds a number the page shows but the source spells with entities', () => {
    const body = '请联系&#49;38 1234 5678。\n';
    expect(findPersonalHits(body)).toEqual([]);
    expect(findRenderedHits(parseMarkdownTree(body), body, 5, new Set())).toEqual([expect.objectContaining({ line: 5, kind: 'mobile', masked: '138****5678' })]);
  });

  it('finds digits split by emphasis into one number', () => {
    const body = '甲\n\n电话 138**1234**5678\n';
    expect(findRenderedHits(parseMarkdownTree(body), body, 1, new Set())).toEqual([expect.objectContaining({ line: 3, kind: 'mobile' })]);
  });

  it('does not repeat a number the source already spells out', () => {
    const body = '电话 13812345678\n';
    expect(findRenderedHits(parseMarkdownTree(body), body, 1, new Set([numberKey('13812345678')]))).toEqual([]);
  });
});

describe('personalFindings', () => {
  const hits = findPersonalHits('热线 13800138000，身份证 11010519491231002X');

  it('reports every number as an error with the masked form to use', () => {
    expect(personalFindings(hits, new Set())).toEqual([
      expect.objectContaining({ line: 1, column: 4, level: 'error', code: 'personal-mobile', message: expect.stringContaining('“138****8000”') }),
      expect.objectContaining({ line: 1, column: 20, level: 'error', code: 'personal-id', message: expect.stringContaining('110***********002X') }),
    ]);
  });

  it('lets through a number site.yaml allows, however it is spaced', () => {
    expect(personalFindings(hits, new Set([numberKey('138 0013 8000')])).map((f) => f.code)).toEqual(['personal-id']);
  });
});

describe('markCommentHits', () => {
  it('makes a number inside an HTML comment a warning: never published, but kept in the history', () => {
    const body = '正文第一段<!-- 联系人 13912345678 -->。\n\n电话 13812345678\n';
    const hits = markCommentHits(findPersonalHits(body, 8), parseMarkdownTree(body), 8);
    expect(personalFindings(hits, new Set()).map((f) => [f.line, f.level, f.code])).toEqual([
      [8, 'warning', 'personal-comment'],
      [10, 'error', 'personal-mobile'],
    ]);
  });
});
