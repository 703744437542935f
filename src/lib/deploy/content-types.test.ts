import { describe, expect, it } from 'vitest';
import { contentTypeFor, isCompressible } from './content-types.ts';

describe('contentTypeFor', () => {
  it('serves pages as UTF-8 HTML', () => {
    expect(contentTypeFor('/reports/2024/jcgsl-zhiweihui/index.html')).toBe('text/html; charset=utf-8');
  });

  it('serves every Pagefind data file as opaque bytes', () => {
    const files = ['/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind.zh-cn_72c17812fb0c3.pf_meta', '/pagefind/index/zh-cn_adac315.pf_index', '/pagefind/fragment/zh-cn_9bb59cf.pf_fragment', '/pagefind/filter/zh-cn_1a2b3c4.pf_filter'];
    expect(files.map(contentTypeFor)).toEqual(Array(5).fill('application/octet-stream'));
  });

  it('gives WebAssembly its own type so streaming compilation works', () => {
    expect(contentTypeFor('/_astro/resvg.C3x1Qa9z.wasm')).toBe('application/wasm');
  });

  it('recognises the year archives, share images and stylesheets', () => {
    expect(['/archives/2024.zip', '/share/_site/card.png', '/_astro/Base.B2x9kd3a.css', '/theme.css'].map(contentTypeFor)).toEqual([
      'application/zip',
      'image/png',
      'text/css; charset=utf-8',
      'text/css; charset=utf-8',
    ]);
  });

  it('ignores the case of the extension', () => {
    expect(contentTypeFor('/uploads/锦川商会合影.PNG')).toBe('image/png');
  });

  it('serves the _headers file as plain text and unknown files as bytes', () => {
    expect([contentTypeFor('/_headers'), contentTypeFor('/downloads/说明'), contentTypeFor('/.well-known/x.unknownext')]).toEqual([
      'text/plain; charset=utf-8',
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });
});

describe('isCompressible', () => {
  it('compresses text and leaves images, archives and Pagefind data alone', () => {
    const types = ['text/html; charset=utf-8', 'application/json; charset=utf-8', 'image/svg+xml', 'image/png', 'application/zip', 'application/octet-stream'];
    expect(types.map(isCompressible)).toEqual([true, true, true, false, false, false]);
  });
});
