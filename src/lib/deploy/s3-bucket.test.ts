import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openS3Bucket, type DeployBucket } from './s3-bucket.ts';

/** s3rver: an S3-compatible server from the npm registry, run on localhost; it ships no types. */
type S3rverClass = new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

const root = mkdtempSync(path.join(tmpdir(), 'gsl-s3-bucket-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: root, configureBuckets: [{ name: 'jcgsl-site' }] });
let endpoint = '';
let bucket: DeployBucket;
const target = (overrides: { bucket?: string; prefix?: string } = {}) => ({
  endpoint,
  bucket: overrides.bucket ?? 'jcgsl-site',
  region: 'us-east-1',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  prefix: overrides.prefix ?? 'www/',
  forcePathStyle: true,
});
const html = { contentType: 'text/html; charset=utf-8', cacheControl: 'public, max-age=0, must-revalidate', sha256: 'ab12' };

beforeAll(async () => {
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  bucket = openS3Bucket(target());
});

afterAll(async () => {
  bucket.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const md5 = (text: string) => createHash('md5').update(text).digest('base64');

describe('openS3Bucket', () => {
  it('stores a file below the prefix with its type, caching and SHA-256', async () => {
    const body = '<h1>锦川工商联</h1>';
    const { etag, attempts } = await bucket.put('index.html', Buffer.from(body), { ...html, md5Base64: md5(body) });
    const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'jcgsl-site', Key: 'www/index.html' }));
    s3.destroy();
    expect([head.ContentType, head.CacheControl, head.Metadata?.['sha256'], head.ETag, attempts]).toEqual([html.contentType, html.cacheControl, 'ab12', etag, 1]);
  });

  it('lists only the objects below its prefix, by key relative to it', async () => {
    const other = openS3Bucket(target({ prefix: 'staging/' }));
    await other.put('index.html', Buffer.from('预发布'), { ...html, md5Base64: md5('预发布') });
    const keys = [...(await bucket.list()).keys()];
    other.close();
    expect(keys).toEqual(['index.html']);
  });

  it('reads back text, and nothing for a key that does not exist', async () => {
    expect([await bucket.read('index.html'), await bucket.read('没有这个文件.json')]).toEqual(['<h1>锦川工商联</h1>', undefined]);
  });

  it('names the storage’s own error code when the bucket does not exist', async () => {
    const missing = openS3Bucket(target({ bucket: 'no-such-bucket' }));
    await expect(missing.list()).rejects.toThrow(/^列出存储桶 no-such-bucket 中的文件失败：NoSuchBucket（HTTP 404，共尝试 1 次）/);
    missing.close();
  });
});
