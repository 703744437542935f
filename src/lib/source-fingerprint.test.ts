import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, hashParts, listModuleSources, packageVersion } from './source-fingerprint.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gsl-fingerprint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('hashParts', () => {
  it('keys the same parts alike and shifted boundaries or kinds apart', () => {
    expect(hashParts(['2024-01-18', Buffer.from('<h1>工作报告</h1>')])).toBe(hashParts(['2024-01-18', Buffer.from('<h1>工作报告</h1>')]));
    expect(hashParts(['年度', '汇编'])).not.toBe(hashParts(['年', '度汇编']));
    expect(hashParts(['汇编'])).not.toBe(hashParts([Buffer.from('汇编')]));
  });
});

describe('listModuleSources', () => {
  it('follows relative imports, type-only and re-exports included, each module once', () => {
    const root = project({
      'lib/a.ts': "import { b } from './b.ts';\nexport type { C } from './sub/c.ts';\nimport 'node:fs';",
      'lib/b.ts': "import type { A } from './a.ts';\nexport const b = 1;",
      'lib/sub/c.ts': 'export type C = 1;',
      'lib/unused.ts': '',
    });
    expect(listModuleSources([path.join(root, 'lib/a.ts')]).map((f) => path.relative(root, f))).toEqual(['lib/a.ts', 'lib/b.ts', 'lib/sub/c.ts']);
  });
});

describe('codeFingerprint', () => {
  const root = project({ 'lib/a.ts': "import './b.ts';", 'lib/b.ts': 'export const x = 1;', 'lib/other.ts': '' });
  const key = (extra: string[] = []) => codeFingerprint({ root, modules: [path.join(root, 'lib/a.ts')], extra });

  it('changes when an imported module changes, not when an unrelated one does', () => {
    const before = key();
    writeFileSync(path.join(root, 'lib/other.ts'), 'export const y = 2;');
    expect(key()).toBe(before);
    writeFileSync(path.join(root, 'lib/b.ts'), 'export const x = 2;');
    expect(key()).not.toBe(before);
  });

  it('changes with the extra bytes (a font) and with a package version', () => {
    expect(key(['font-a'])).not.toBe(key(['font-b']));
    const here = process.cwd();
    const a = codeFingerprint({ root: here, modules: [], packages: ['satori'] });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(codeFingerprint({ root: here, modules: [], packages: ['qrcode'] }));
  });
});

describe('packageVersion', () => {
  it('finds a package that exports no package.json', () => {
    expect(packageVersion('pagefind', process.cwd())).toMatch(/^\d+\.\d+\.\d+/);
  });
});
