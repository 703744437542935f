import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeRenderFingerprint, listTemplateSources } from './render-fingerprint.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gsl-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('computeRenderFingerprint', () => {
  it('changes when a template source changes', () => {
    const template = path.join(dir, 'card-template.ts');
    writeFileSync(template, "const PADDING = 72;\n");
    const before = computeRenderFingerprint('fonts', [template]);
    writeFileSync(template, "const PADDING = 64;\n");
    expect(computeRenderFingerprint('fonts', [template])).not.toBe(before);
  });

  it('changes when the fonts change', () => {
    expect(computeRenderFingerprint('noto-2.004')).not.toBe(computeRenderFingerprint('noto-2.003'));
  });
});

describe('listTemplateSources', () => {
  it('includes the templates and the share strings but no tests', () => {
    const names = listTemplateSources().map((file) => path.basename(file));
    expect(names).toEqual(expect.arrayContaining(['card-template.ts', 'poster-template.ts', 'square-template.ts', 'qr-code.ts', 'fit-title.ts', 'share.ts']));
    expect(names.some((name) => name.endsWith('.test.ts'))).toBe(false);
  });

  it('leaves out the modules that only schedule and store renders, so editing them re-renders nothing', () => {
    const names = listTemplateSources().map((file) => path.basename(file));
    expect(names.filter((name) => ['render-pool.ts', 'render-worker.ts', 'build-share-images.ts', 'share-image-cache.ts', 'read-built-pages.ts'].includes(name))).toEqual([]);
  });
});
