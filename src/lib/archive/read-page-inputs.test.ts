import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageFileOf, readPageInputs } from './read-page-inputs.ts';

let outDir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), text);
};

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'gsl-page-inputs-'));
  write(
    'archives/2024/compilation/index.html',
    '<link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/_astro/compilation.B1x.css"><img src="/logo.svg" alt=""><a href="/years/2024/">返回2024年度</a><a href="/reports/2024/zhiwei/">工作报告</a>',
  );
  write('theme.css', ':root { --c-primary: #9f1d20 }');
  write('_astro/compilation.B1x.css', '@import url(/_astro/print.C2y.css); .cover { background: url(/cover.png) }');
  write('_astro/print.C2y.css', '@page { size: A4 }');
  write('cover.png', 'PNG');
  write('logo.svg', '<svg/>');
  write('years/2024/index.html', '<h1>2024年度</h1>');
});

describe('readPageInputs', () => {
  it('gives the page first, then every stylesheet, image and imported file it loads, sorted, and no linked page', () => {
    const inputs = readPageInputs(outDir, '/archives/2024/compilation/');
    expect(inputs.map((i) => i.path)).toEqual(['/archives/2024/compilation/index.html', '/_astro/compilation.B1x.css', '/_astro/print.C2y.css', '/cover.png', '/logo.svg', '/theme.css']);
    expect(Buffer.from(inputs.at(-1)!.data).toString()).toBe(':root { --c-primary: #9f1d20 }');
  });
});

describe('pageFileOf', () => {
  it('turns a page path into its built file', () => {
    expect(pageFileOf('/years/2024/')).toBe('years/2024/index.html');
  });
});
