import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/lib/deploy/headers.ts';

/** The slice of s3rver (an S3-compatible server from the npm registry; it ships no types) this test uses. */
interface S3rverEvent {
  Records: { eventName: string; s3: { object: { key: string } } }[];
}
interface S3rverServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: S3rverEvent) => void): void;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

const BUCKET = 'jcgsl-site';
const PREFIX = 'www/';
const MANIFEST = `${PREFIX}.gsl-deploy-manifest.json`;
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const root = mkdtempSync(path.join(tmpdir(), 'gsl-deploy-'));
const dist = path.join(root, 'dist');
let server: S3rverServer;
let endpoint = '';
let s3: S3Client;
/** Every object the server stored or removed, in the order it did so. */
const events: { name: string; key: string }[] = [];

function writeSite(files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), content);
  }
}

/** Runs scripts/deploy.ts; asynchronously, since the S3 server answers from this same process. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/deploy.ts', '--dir', dist, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr })));
}

/** Runs `npm run deploy` as a deployer would, with the bucket in environment variables. */
async function deploy(...args: string[]): Promise<{ status: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, GSL_S3_ENDPOINT: endpoint, GSL_S3_BUCKET: BUCKET, GSL_S3_ACCESS_KEY_ID: 'S3RVER', GSL_S3_SECRET_ACCESS_KEY: 'S3RVER', GSL_S3_PREFIX: PREFIX, GSL_S3_FORCE_PATH_STYLE: 'true' };
  const result = await run(args, env);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Keys stored since `from`, without the prefix and without the deploy manifest. */
function storedSince(from: number): string[] {
  return events.slice(from).filter((e) => e.name.startsWith('ObjectCreated') && e.key !== MANIFEST).map((e) => e.key.slice(PREFIX.length));
}

async function bucketKeys(): Promise<string[]> {
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listing.Contents ?? []).map((object) => object.Key ?? '').sort();
}

beforeAll(async () => {
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(root, 's3'), configureBuckets: [{ name: BUCKET }] });
  server.on('event', (event) => {
    for (const record of event.Records) events.push({ name: record.eventName, key: decodeURIComponent(record.s3.object.key) });
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  writeSite({
    'index.html': '<!doctype html><html lang="zh-CN"><title>锦川工商联</title><link rel="stylesheet" href="/_astro/Base.B2x9kd3a.css"></html>',
    'reports/2024/zhiweihui/index.html': '<!doctype html><html lang="zh-CN"><title>在市工商联执委会议上的工作报告</title></html>',
    '_astro/Base.B2x9kd3a.css': 'body{font-family:serif;line-height:1.8}',
    'share/_site/card.png': ONE_PIXEL_PNG,
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"zh-cn":{"hash":"zh-cn_72c17812fb0c3","wasm":null,"page_count":2}}}',
    'pagefind/index/zh-cn_adac315.pf_index': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]),
    'pagefind/wasm.unknown.pagefind': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x03, 0x04]),
    _headers: renderHeadersFile({}),
  });
});

afterAll(async () => {
  s3?.destroy();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run deploy against an S3-compatible server on localhost', () => {
  it('names every missing environment variable in Chinese and uploads nothing', async () => {
    const result = await run([], { PATH: process.env['PATH'] ?? '' });
    expect([result.status, result.stderr]).toEqual([1, expect.stringContaining('缺少部署所需的环境变量')]);
    expect(result.stderr).toMatch(/GSL_S3_ENDPOINT[\s\S]*GSL_S3_BUCKET[\s\S]*GSL_S3_ACCESS_KEY_ID[\s\S]*GSL_S3_SECRET_ACCESS_KEY/);
  });

  it('lists in a dry run what it would upload, and uploads nothing', async () => {
    const from = events.length;
    const result = await deploy('--dry-run');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('将上传 reports/2024/zhiweihui/index.html（新文件）');
    expect(result.output).toContain('需上传 8 个');
    expect([events.length - from, await bucketKeys()]).toEqual([0, []]);
  });

  it('uploads every file of the first deploy: hashed files first, the home page after the pages, the search entry last', async () => {
    const from = events.length;
    const result = await deploy();
    expect(result.status, result.output).toBe(0);
    const stored = storedSince(from);
    const at = (key: string) => stored.indexOf(key);
    expect(stored.length).toBe(8);
    expect(new Set(stored.slice(0, 2))).toEqual(new Set(['_astro/Base.B2x9kd3a.css', 'pagefind/index/zh-cn_adac315.pf_index']));
    expect([at('reports/2024/zhiweihui/index.html') < at('index.html'), at('index.html') < at('pagefind/wasm.unknown.pagefind'), stored.at(-1)]).toEqual([true, true, 'pagefind/pagefind-entry.json']);
  });

  it('stores each file with its Content-Type, Cache-Control and hash', async () => {
    const head = async (key: string) => {
      const object = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${key}` }));
      return [key, object.ContentType, object.CacheControl];
    };
    expect(await Promise.all(['index.html', '_astro/Base.B2x9kd3a.css', 'share/_site/card.png', 'pagefind/index/zh-cn_adac315.pf_index', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-entry.json', '_headers'].map(head))).toEqual([
      ['index.html', 'text/html; charset=utf-8', 'public, max-age=0, must-revalidate'],
      ['_astro/Base.B2x9kd3a.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['share/_site/card.png', 'image/png', 'public, max-age=86400'],
      ['pagefind/index/zh-cn_adac315.pf_index', 'application/octet-stream', 'public, max-age=31536000, immutable'],
      ['pagefind/wasm.unknown.pagefind', 'application/octet-stream', 'public, max-age=0, must-revalidate'],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'public, max-age=0, must-revalidate'],
      ['_headers', 'text/plain; charset=utf-8', 'public, max-age=0, must-revalidate'],
    ]);
    const css = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}_astro/Base.B2x9kd3a.css` }));
    expect(css.Metadata?.['sha256']).toBe('55e5204647bc7f473f788becb4fc64c5c24cd370d8bc25a61b775e0a8134c56b');
  });

  it('uploads only the one file that changed', async () => {
    writeSite({ 'reports/2024/zhiweihui/index.html': '<!doctype html><html lang="zh-CN"><title>在市工商联十一届三次执委会议上的工作报告</title></html>' });
    const from = events.length;
    const result = await deploy();
    expect([result.status, storedSince(from)]).toEqual([0, ['reports/2024/zhiweihui/index.html']]);
  });

  it('uploads nothing when nothing changed', async () => {
    const from = events.length;
    const result = await deploy();
    expect([result.status, events.length - from]).toEqual([0, 0]);
    expect(result.output).toContain('部署完成：上传 0 个文件，删除 0 个，未变 8 个。');
  });

  it('keeps objects that the build no longer has unless --delete is given, and asks for --yes past a tenth of the bucket', async () => {
    rmSync(path.join(dist, 'share/_site/card.png'));
    expect((await deploy()).status).toBe(0);
    expect(await bucketKeys()).toContain(`${PREFIX}share/_site/card.png`);
    const refused = await deploy('--delete');
    expect([refused.status, await bucketKeys()]).toEqual([1, expect.arrayContaining([`${PREFIX}share/_site/card.png`])]);
    expect(refused.output).toContain('--delete 将删除存储中 8 个文件里的 1 个，超过上限（20 个或 10%）');
    const result = await deploy('--delete', '--yes');
    expect([result.status, await bucketKeys()]).toEqual([0, expect.not.arrayContaining([`${PREFIX}share/_site/card.png`])]);
    expect(await bucketKeys()).toContain(MANIFEST);
  });
});
