import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputsDigest, readBuildRecord, writeBuildRecord, type BuildInputs } from './build-inputs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-build-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string): BuildInputs {
  const projectRoot = path.join(root, name);
  const contentRoot = path.join(projectRoot, 'content');
  mkdirSync(path.join(contentRoot, 'reports/2026'), { recursive: true });
  mkdirSync(path.join(projectRoot, 'src'), { recursive: true });
  writeFileSync(path.join(projectRoot, 'src/page.ts'), 'export const page = 1;\n');
  writeFileSync(path.join(contentRoot, 'site.yaml'), 'name: 澄江市工商联\n');
  writeFileSync(path.join(contentRoot, 'reports/2026/changwei.md'), '---\ntitle: 常委会议报告\ndate: 2026-05-01\npublishAt: 2026-06-01T09:00\n---\n\n正文。\n');
  return { projectRoot, contentRoot, now: new Date('2026-05-20T00:00:00+08:00'), env: { GSL_REQUIRE_PDF: '1', GSL_OUT_DIR: '/a/dist' }, printer: 'Chromium 150' };
}

describe('buildInputsDigest', () => {
  it('is the same for the same inputs, wherever the build writes and whenever it runs while nothing comes due', () => {
    const inputs = project('same');
    expect(buildInputsDigest({ ...inputs, env: { ...inputs.env, GSL_OUT_DIR: '/b/dist' }, now: new Date('2026-05-31T00:00:00+08:00') })).toBe(buildInputsDigest(inputs));
  });

  it('changes when a scheduled piece comes due (publishAt without a zone is Beijing time)', () => {
    const inputs = project('due');
    expect(buildInputsDigest({ ...inputs, now: new Date('2026-06-01T09:00:00+08:00') })).not.toBe(buildInputsDigest(inputs));
  });

  it('changes with any content file, any file of the code, a setting, the printer, but not an unrelated variable', () => {
    const inputs = project('changes');
    const before = buildInputsDigest(inputs);
    expect(buildInputsDigest({ ...inputs, env: { ...inputs.env, GSL_REQUIRE_PDF: '' } })).not.toBe(before);
    expect(buildInputsDigest({ ...inputs, env: { ...inputs.env, CHROMIUM_PATH: '/opt/chromium' } })).not.toBe(before);
    expect(buildInputsDigest({ ...inputs, printer: 'none' })).not.toBe(before);
    expect(buildInputsDigest({ ...inputs, env: { ...inputs.env, HOME: '/root' } })).toBe(before);
    writeFileSync(path.join(inputs.contentRoot, 'reports/2026/cover.png'), Buffer.from([0x89, 0x50]));
    const withPicture = buildInputsDigest(inputs);
    expect(withPicture).not.toBe(before);
    writeFileSync(path.join(inputs.projectRoot, 'src/page.ts'), 'export const page = 2;\n');
    expect(buildInputsDigest(inputs)).not.toBe(withPicture);
  });
});

describe('the build record', () => {
  it('is read back as written, per published folder, and is absent for another folder', () => {
    const cache = path.join(root, 'cache');
    writeBuildRecord(cache, '/srv/site/dist', { digest: 'abc', identity: '1:2' });
    expect(readBuildRecord(cache, '/srv/site/dist')).toEqual({ digest: 'abc', identity: '1:2' });
    expect(readBuildRecord(cache, '/srv/other/dist')).toBeUndefined();
  });
});
