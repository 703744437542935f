import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchiveCodeVersion } from './archive-code-version.ts';

// A copy of the project's sources with the real node_modules beside it, to edit without touching the project.
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gsl-code-version-'));
  cpSync('src', path.join(root, 'src'), { recursive: true });
  cpSync('package.json', path.join(root, 'package.json'));
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readArchiveCodeVersion', () => {
  it('is the same for the same code', () => {
    expect(readArchiveCodeVersion(root)).toBe(readArchiveCodeVersion(process.cwd()));
  });

  it('changes when a module of the archive code changes', () => {
    const before = readArchiveCodeVersion(root);
    writeFileSync(path.join(root, 'src/lib/archive/write-zip.ts'), '// 改动\n', { flag: 'a' });
    expect(readArchiveCodeVersion(root)).not.toBe(before);
  });

  it('changes when the archive strings change, since the bundle’s front page is made from them', () => {
    const before = readArchiveCodeVersion(root);
    writeFileSync(path.join(root, 'src/i18n/archive.ts'), '// 改动\n', { flag: 'a' });
    expect(readArchiveCodeVersion(root)).not.toBe(before);
  });

  it('stays the same when a module the archive code does not use changes', () => {
    const before = readArchiveCodeVersion(root);
    writeFileSync(path.join(root, 'src/lib/search/fold-text.ts'), '// 改动\n', { flag: 'a' });
    expect(readArchiveCodeVersion(root)).toBe(before);
  });

  it('stays the same when only a test changes', () => {
    const before = readArchiveCodeVersion(root);
    writeFileSync(path.join(root, 'src/lib/archive/write-zip.test.ts'), '// 改动\n', { flag: 'a' });
    expect(readArchiveCodeVersion(root)).toBe(before);
  });
});
