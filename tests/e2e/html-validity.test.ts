/**
 * Standards an inspector checks: every HTML file of the demo build — whatever pages the site has, including
 * those added later — and every page inside the year bundles passes the Nu Html Checker with no error, and the
 * stylesheets pass its CSS checker but for the few shipped CSS features it does not know yet (CSS_CHECKER_GAPS).
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { beyondCheckerGaps, validate, type NuMessage } from '../support/nu-validator.ts';
import { readZip, unzipTo } from '../support/read-zip.ts';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const readable = (messages: NuMessage[]) => messages.map((m) => `${m.file}:${m.line}: ${m.message} [${m.extract}]`);

describe('the Nu Html Checker', () => {
  it('finds no error in any HTML page or stylesheet of the demo build', () => {
    const dist = inject('demoDist');
    const pages = filesUnder(dist, '.html');
    expect(pages.length).toBeGreaterThanOrEqual(50);
    const errors = beyondCheckerGaps(validate([...pages, ...filesUnder(dist, '.css')], dist, { css: true }));
    expect(readable(errors)).toEqual([]);
  });

  it('finds no error in the offline pages of any year bundle', async () => {
    const dist = inject('demoDist');
    const zips = filesUnder(path.join(dist, 'archives'), '.zip');
    expect(zips.length).toBeGreaterThan(0);
    const pages: string[] = [];
    for (const zip of zips) {
      const dir = unzipTo(await readZip(zip));
      pages.push(...filesUnder(dir, '.html'));
    }
    expect(pages.length).toBeGreaterThan(zips.length);
    expect(readable(validate(pages, tmpdir()))).toEqual([]);
  });
});
