import { describe, expect, it } from 'vitest';
import type { LocalFile } from './list-files.ts';
import type { DeployManifest } from './manifest.ts';
import { exceedsDeleteLimit, planDeploy } from './plan-deploy.ts';

function file(relativePath: string, sha256: string): LocalFile {
  return { relativePath, absolutePath: `/srv/dist/${relativePath}`, size: 10, sha256, md5Base64: 'x' };
}

const local = [file('_astro/Base.B2x9kd3a.css', 'c1'), file('index.html', 'h1'), file('pagefind/pagefind-entry.json', 'p1'), file('reports/2024/zhiweihui/index.html', 'r1')];

/** The manifest and listing a deploy of `local` would have left behind. */
function deployed(): { remote: Map<string, string>; manifest: DeployManifest } {
  const plan = planDeploy(local, new Map(), {});
  const manifest: DeployManifest = {};
  const remote = new Map<string, string>();
  for (const upload of plan.uploads) {
    manifest[upload.key] = { sha256: upload.file.sha256, contentType: upload.contentType, cacheControl: upload.cacheControl, etag: `"etag-${upload.file.sha256}"` };
    remote.set(upload.key, `"ETAG-${upload.file.sha256.toUpperCase()}"`);
  }
  return { remote, manifest };
}

describe('planDeploy', () => {
  it('uploads everything to an empty bucket, listed by path', () => {
    const plan = planDeploy(local, new Map(), {});
    expect(plan.uploads.map((u) => [u.key, u.reason])).toEqual([
      ['_astro/Base.B2x9kd3a.css', 'new'],
      ['index.html', 'new'],
      ['pagefind/pagefind-entry.json', 'new'],
      ['reports/2024/zhiweihui/index.html', 'new'],
    ]);
  });

  it('gives each upload its Content-Type and Cache-Control', () => {
    const css = planDeploy(local, new Map(), {}).uploads[0];
    expect([css?.contentType, css?.cacheControl]).toEqual(['text/css; charset=utf-8', 'public, max-age=31536000, immutable']);
  });

  it('uploads nothing when the bucket already holds what the manifest says', () => {
    const { remote, manifest } = deployed();
    expect(planDeploy(local, remote, manifest)).toEqual({ uploads: [], unchanged: 4, extra: [] });
  });

  it('uploads only the file whose content changed', () => {
    const { remote, manifest } = deployed();
    const edited = local.map((f) => (f.relativePath === 'index.html' ? file('index.html', 'h2') : f));
    expect(planDeploy(edited, remote, manifest).uploads.map((u) => [u.key, u.reason])).toEqual([['index.html', 'changed']]);
  });

  it('uploads again a file whose object was replaced outside the deploy', () => {
    const { remote, manifest } = deployed();
    remote.set('index.html', '"0000"');
    expect(planDeploy(local, remote, manifest).uploads.map((u) => [u.key, u.reason])).toEqual([['index.html', 'outside']]);
  });

  it('uploads again a file whose caching rule changed since the last deploy', () => {
    const { remote, manifest } = deployed();
    manifest['index.html'] = { ...manifest['index.html']!, cacheControl: 'public, max-age=600' };
    expect(planDeploy(local, remote, manifest).uploads.map((u) => [u.key, u.reason])).toEqual([['index.html', 'headers']]);
  });

  it('uploads everything again when the manifest is lost', () => {
    const { remote } = deployed();
    expect(new Set(planDeploy(local, remote, {}).uploads.map((u) => u.reason))).toEqual(new Set(['outside']));
  });

  it('lists objects that dist/ no longer has, but never the manifest itself', () => {
    const { remote, manifest } = deployed();
    remote.set('_astro/Base.OLD11111.css', '"e1"').set('.gsl-deploy-manifest.json', '"m"');
    expect(planDeploy(local, remote, manifest).extra).toEqual(['_astro/Base.OLD11111.css']);
  });
});

describe('exceedsDeleteLimit', () => {
  it('lets a deploy remove a few objects of a big bucket and stops it emptying the bucket', () => {
    expect([exceedsDeleteLimit(3, 4000), exceedsDeleteLimit(20, 4000), exceedsDeleteLimit(21, 4000), exceedsDeleteLimit(310, 320)]).toEqual([false, false, true, true]);
  });

  it('counts a tenth of a small bucket as too many', () => {
    expect([exceedsDeleteLimit(1, 10), exceedsDeleteLimit(2, 12), exceedsDeleteLimit(0, 0)]).toEqual([false, true, false]);
  });
});
