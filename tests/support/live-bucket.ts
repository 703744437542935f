import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { readPageLinks, targetFile } from '../../src/lib/link-check.ts';

/** The slice of s3rver (an S3-compatible server from the npm registry; it ships no types) the tests use. */
export interface S3rverServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;

/** A local S3 server on 127.0.0.1 with one empty bucket, storing under `directory`. */
export function createS3rver(directory: string, bucket: string): S3rverServer {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  return new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
}

/** What a bucket holds below a prefix: every key (without the prefix) and its ETag, and each object's text on demand. */
export interface BucketView {
  keys: Map<string, string>;
  text(key: string): Promise<string>;
}

/** Lists a bucket below `prefix` straight from the server, not through anything under test. */
export async function viewBucket(endpoint: string, bucket: string, prefix: string): Promise<BucketView> {
  const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const keys = new Map<string, string>();
  let ContinuationToken: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }));
    for (const object of page.Contents ?? []) keys.set(object.Key!.slice(prefix.length), object.ETag ?? '');
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
  const text = async (key: string) => (await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${key}` }))).Body?.transformToString('utf-8')) ?? '';
  return { keys, text };
}

/**
 * Every link in a page the bucket serves that leads to no object in the bucket: what a reader of the live site
 * would meet as a broken link or a missing image. `origin` is the site's own (absolute links to it count).
 * `["reports/index.html → /reports/2024/x/"]` when the listing went up but the page it lists did not
 */
export async function liveBrokenLinks(view: BucketView, origin: string): Promise<string[]> {
  const broken: string[] = [];
  for (const key of [...view.keys.keys()].filter((k) => k.endsWith('.html')).sort()) {
    for (const link of readPageLinks(await view.text(key)).links) {
      const target = targetFile(link, key, origin);
      if (target && !view.keys.has(target.file) && !view.keys.has(`${target.file}/index.html`)) broken.push(`${key} → ${link}`);
    }
  }
  return broken;
}

/** Runs `npm run deploy` (scripts/deploy.ts) asynchronously, since the S3 server answers from the test's own process. */
export function runDeploy(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; output: string }> {
  const child = spawn(process.execPath, [path.resolve('scripts/deploy.ts'), ...args], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, output })));
}
