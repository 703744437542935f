import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploySite } from './deploy-site.ts';
import { openS3Bucket, type DeployBucket } from './s3-bucket.ts';

/** s3rver: an S3-compatible server from the npm registry, run on localhost; it ships no types. */
type S3rverClass = new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

const root = mkdtempSync(path.join(tmpdir(), 'gsl-deploy-site-'));
const dist = path.join(root, 'dist');
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(root, 's3'), configureBuckets: [{ name: 'jcgsl-site' }] });
let bucket: DeployBucket;

/** The real bucket, except that storing `failing` fails the way a dropped connection would. */
function failingOn(failing: string): DeployBucket {
  return { ...bucket, put: (key, body, headers) => (key === failing ? Promise.reject(new Error(`上传 ${key} 失败：socket hang up`)) : bucket.put(key, body, headers)) };
}

const quiet = { dryRun: false, deleteExtra: false, log: () => {}, concurrency: 1 };

beforeAll(async () => {
  const { port } = await server.run();
  bucket = openS3Bucket({ endpoint: `http://127.0.0.1:${port}`, bucket: 'jcgsl-site', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: '', forcePathStyle: true });
  const files = { 'index.html': '<h1>锦川工商联</h1>', '_astro/a.Cq1z7a.css': 'h1{}', '_astro/b.D9x2kq.css': 'p{}', 'share/_site/card.png': 'PNG' };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
});

afterAll(async () => {
  bucket.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('deploySite', () => {
  it('refuses a folder without index.html, so an empty or wrong folder is never published', async () => {
    await expect(deploySite({ ...quiet, dir: root, bucket })).rejects.toThrow(`${root}/ 里没有 index.html：请先运行 npm run build，或用 --dir 指向构建结果。`);
  });

  it('stops before any page goes up when an asset fails to upload', async () => {
    await expect(deploySite({ ...quiet, dir: dist, bucket: failingOn('_astro/b.D9x2kq.css') })).rejects.toThrow('socket hang up');
    expect([...(await bucket.list()).keys()].sort()).toEqual(['.gsl-deploy-manifest.json', '_astro/a.Cq1z7a.css']);
  });

  it('resumes after a failure, uploading only what did not go up', async () => {
    const result = await deploySite({ ...quiet, dir: dist, bucket });
    expect([result.uploaded, result.unchanged]).toEqual([['_astro/b.D9x2kq.css', 'share/_site/card.png', 'index.html'], 1]);
  });
});
