import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FAMILIES, locateBundledFonts, PRIMARY_FAMILY } from './bundled-fonts.ts';

describe('locateBundledFonts', () => {
  it('finds the regular and bold face of every bundled family in node_modules, primary first', () => {
    const located = locateBundledFonts();
    expect(located.map((f) => f.name)).toEqual(['Noto Serif SC', 'Noto Serif JP', 'Noto Serif HK']);
    expect(located[0]!.package).toBe(PRIMARY_FAMILY.package);
    expect(located.flatMap((f) => [f.paths[400], f.paths[700]]).filter((file) => !existsSync(file))).toEqual([]);
  });

  it('takes every family from a package the project depends on, pinned exactly', async () => {
    const { dependencies } = (await import('../../../package.json', { with: { type: 'json' } })).default as { dependencies: Record<string, string> };
    expect(BUNDLED_FAMILIES.map((f) => dependencies[f.package])).toEqual(['0.4.3', '0.4.3', '0.4.3']);
  });
});
