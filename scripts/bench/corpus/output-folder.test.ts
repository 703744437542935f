import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER_FILE } from './corpus.ts';
import { findOutputProblem, writeTree } from './output-folder.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'gsl-corpus-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'project', 'content');

describe('findOutputProblem', () => {
  it('allows a folder that does not exist yet', () => {
    expect(findOutputProblem(path.join(scratch, 'new'), content)).toBeUndefined();
  });

  it('allows an empty folder', () => {
    mkdirSync(path.join(scratch, 'empty'));
    expect(findOutputProblem(path.join(scratch, 'empty'), content)).toBeUndefined();
  });

  it('allows a folder the generator wrote before', () => {
    mkdirSync(path.join(scratch, 'old'));
    writeFileSync(path.join(scratch, 'old', MARKER_FILE), '{}');
    expect(findOutputProblem(path.join(scratch, 'old'), content)).toBeUndefined();
  });

  it('refuses a non-empty folder without the marker', () => {
    mkdirSync(path.join(scratch, 'mine'));
    writeFileSync(path.join(scratch, 'mine', 'notes.md'), '我的笔记');
    expect(findOutputProblem(path.join(scratch, 'mine'), content)).toMatch(/文件夹不是空的，也不是生成器写的/);
  });

  it('refuses the project content folder, folders inside it and folders holding it', () => {
    for (const out of [content, path.join(content, 'reports'), path.join(scratch, 'project')]) {
      expect(findOutputProblem(out, content)).toMatch(/不能写进编辑的内容文件夹/);
    }
  });
});

describe('writeTree', () => {
  it('replaces what was there with exactly the given files', () => {
    const out = path.join(scratch, 'tree');
    writeTree(out, new Map([['reports/2019/old.md', '旧']]));
    writeTree(out, new Map([['site.yaml', 'name: 锦川'], ['reports/2020/zhiwei-10-1.md', '正文']]));
    expect(readFileSync(path.join(out, 'reports/2020/zhiwei-10-1.md'), 'utf8')).toBe('正文');
    expect(() => readFileSync(path.join(out, 'reports/2019/old.md'))).toThrow();
  });
});
