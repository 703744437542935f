import { describe, expect, it } from 'vitest';
import { normalizeEtag, parseManifest, serializeManifest, type DeployManifest } from './manifest.ts';

const manifest: DeployManifest = {
  'index.html': { sha256: 'ab12', contentType: 'text/html; charset=utf-8', cacheControl: 'public, max-age=0, must-revalidate', etag: '"9a03"' },
  '_astro/Base.B2x9kd3a.css': { sha256: 'cd34', contentType: 'text/css; charset=utf-8', cacheControl: 'public, max-age=31536000, immutable', etag: '"77ef"' },
};

describe('serializeManifest and parseManifest', () => {
  it('read back what they wrote', () => {
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('write one file per line, sorted', () => {
    expect(serializeManifest(manifest).split('\n').slice(1, 3).map((line) => line.split(':{')[0])).toEqual(['"_astro/Base.B2x9kd3a.css"', '"index.html"']);
  });
});

describe('parseManifest', () => {
  it('treats a missing, damaged or foreign manifest as empty', () => {
    expect([parseManifest(undefined), parseManifest('{"version":1,"files":'), parseManifest('{"version":2,"files":{}}')]).toEqual([{}, {}, {}]);
  });

  it('drops entries that lack a field', () => {
    expect(parseManifest('{"version":1,"files":{"a.html":{"sha256":"ab12","etag":"x"}}}')).toEqual({});
  });
});

describe('normalizeEtag', () => {
  it('removes quotes and the weak marker and ignores case', () => {
    expect([normalizeEtag('"9A0364B9E99BB480DD25E1F0284C8555"'), normalizeEtag('W/"abc"')]).toEqual(['9a0364b9e99bb480dd25e1f0284c8555', 'abc']);
  });
});
