import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSvgOutsideReference, logoDataUri, readSiteLogo } from './site-logo.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-logo-'));
const pub = path.join(root, 'public');
mkdirSync(pub);
writeFileSync(path.join(pub, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="url(#g)"/></svg>');
writeFileSync(path.join(pub, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
writeFileSync(path.join(pub, 'care.js'), 'alert(1)');
writeFileSync(path.join(root, 'secret.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
symlinkSync(path.join(root, 'secret.png'), path.join(pub, 'link.png'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readSiteLogo', () => {
  it('reads an SVG or PNG logo inside public/ by its bytes', () => {
    expect(readSiteLogo(pub, '/logo.svg')).toMatchObject({ type: 'image/svg+xml' });
    expect(readSiteLogo(pub, '/logo.png')).toMatchObject({ type: 'image/png' });
  });

  it('refuses a path that leaves public/, written out or through a link', () => {
    expect(readSiteLogo(pub, '/../secret.png')).toEqual({ problem: expect.stringContaining('不在 public 文件夹里') });
    expect(readSiteLogo(pub, '/link.png')).toEqual({ problem: expect.stringContaining('不在 public 文件夹里') });
    expect(readSiteLogo(pub, 'logo.svg')).toEqual({ problem: expect.stringContaining('不在 public 文件夹里') });
  });

  it('names a missing file and a file that is not an image', () => {
    expect(readSiteLogo(pub, '/none.png')).toEqual({ problem: '找不到标志图片 public/none.png：请把图片放进 public 文件夹，或改正 logo 的路径' });
    expect(readSiteLogo(pub, '/care.js')).toEqual({ problem: expect.stringContaining('不是 PNG、JPG 或 SVG 图片') });
  });

  it('turns a logo into a data URI', () => {
    expect(logoDataUri({ type: 'image/png', data: Buffer.from('ab') })).toBe('data:image/png;base64,YWI=');
  });
});

describe('findSvgOutsideReference', () => {
  it('accepts a drawing that refers only to itself', () => {
    expect(findSvgOutsideReference('<svg><defs><linearGradient id="g"/></defs><use href="#g"/><path fill="url(#g)"/></svg>')).toBeUndefined();
  });

  it('refuses scripts, other files and event handlers, however they are cased', () => {
    expect(findSvgOutsideReference('<svg><SCRIPT>alert(1)</SCRIPT></svg>')).toContain('<script>');
    expect(findSvgOutsideReference('<svg><image href="/etc/x.png"/></svg>')).toContain('<image>');
    expect(findSvgOutsideReference('<svg><use xlink:href="other.svg#a"/></svg>')).toContain('xlink:href');
    expect(findSvgOutsideReference('<svg onload="alert(1)"/>')).toContain('onload');
    expect(findSvgOutsideReference('<svg><rect style="fill:url(https://x.example/a)"/></svg>')).toContain('style');
  });

  it('says when the file is not an SVG at all', () => {
    expect(findSvgOutsideReference('<html><body/></html>')).toBe('不是 SVG 图片');
  });
});
