import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listDistFiles } from './list-files.ts';
import { MANIFEST_NAME, parseManifest, serializeManifest, type DeployManifest } from './manifest.ts';
import { planDeploy, type PlannedUpload, type UploadReason } from './plan-deploy.ts';
import type { DeployBucket } from './s3-bucket.ts';

/** How to deploy. */
export interface DeployOptions {
  dir: string;
  bucket: DeployBucket;
  /** List what would change and touch nothing. */
  dryRun: boolean;
  /** Remove objects dist/ no longer has. Off by default: pages cached by readers may still name old assets. */
  deleteExtra: boolean;
  log: (line: string) => void;
  /** Uploads running at once within one phase. */
  concurrency?: number;
}

/** What a deploy did (or, in a dry run, would do). */
export interface DeployResult {
  uploaded: string[];
  deleted: string[];
  unchanged: number;
}

const REASONS: Record<UploadReason, string> = { new: '新文件', changed: '内容有变', headers: '响应头有变', outside: '存储中的文件与上次部署的记录不符' };

/** Runs `task` over `items`, at most `limit` at a time; stops starting new ones after the first failure. */
async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * Uploads a built site to the bucket: only files whose hash or headers changed, each phase of the plan
 * finished before the next starts (hashed assets, other files, then pages), then the manifest.
 */
export async function deploySite(options: DeployOptions): Promise<DeployResult> {
  const { dir, bucket, log } = options;
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/ 里没有 index.html：请先运行 npm run build，或用 --dir 指向构建结果。`);
  const local = listDistFiles(dir);
  const remote = await bucket.list();
  const manifest = parseManifest(remote.has(MANIFEST_NAME) ? await bucket.read(MANIFEST_NAME) : undefined);
  const plan = planDeploy(local, remote, manifest);
  const deletes = options.deleteExtra ? plan.extra : [];
  log(`本地 ${local.length} 个文件，存储 ${bucket.name} 中已有 ${remote.size - (remote.has(MANIFEST_NAME) ? 1 : 0)} 个；需上传 ${plan.uploads.length} 个，未变 ${plan.unchanged} 个。`);
  if (plan.extra.length > 0 && !options.deleteExtra) log(`存储中有 ${plan.extra.length} 个文件已不在本次构建里，保留不删（加 --delete 才删除）。`);

  if (options.dryRun) {
    for (const upload of plan.uploads) log(`  将上传 ${upload.key}（${REASONS[upload.reason]}）`);
    for (const key of deletes) log(`  将删除 ${key}`);
    log('试运行（--dry-run）：以上为将要发生的改动，实际没有上传或删除任何文件。');
    return { uploaded: plan.uploads.map((u) => u.key), deleted: deletes, unchanged: plan.unchanged };
  }

  const next: DeployManifest = {};
  for (const file of local) if (manifest[file.relativePath]) next[file.relativePath] = manifest[file.relativePath]!;
  const upload = async (item: PlannedUpload) => {
    const etag = await bucket.put(item.key, readFileSync(item.file.absolutePath), { contentType: item.contentType, cacheControl: item.cacheControl, md5Base64: item.file.md5Base64, sha256: item.file.sha256 });
    next[item.key] = { sha256: item.file.sha256, contentType: item.contentType, cacheControl: item.cacheControl, etag };
    log(`  已上传 ${item.key}（${REASONS[item.reason]}）`);
  };
  const writeManifest = async () => {
    const body = Buffer.from(serializeManifest(next));
    const hash = (algorithm: string, encoding: 'hex' | 'base64') => createHash(algorithm).update(body).digest(encoding);
    await bucket.put(MANIFEST_NAME, body, { contentType: 'application/json; charset=utf-8', cacheControl: 'no-store', md5Base64: hash('md5', 'base64'), sha256: hash('sha256', 'hex') });
  };
  try {
    for (const phase of [0, 1, 2] as const) await runLimited(plan.uploads.filter((u) => u.phase === phase), options.concurrency ?? 8, upload);
    await runLimited(deletes, options.concurrency ?? 8, async (key) => {
      await bucket.remove(key);
      log(`  已删除 ${key}`);
    });
  } catch (error) {
    // Record what did go up, so the next run resumes instead of starting over.
    await writeManifest().catch(() => {});
    throw error;
  }
  if (plan.uploads.length > 0 || deletes.length > 0 || !remote.has(MANIFEST_NAME)) await writeManifest();
  log(`部署完成：上传 ${plan.uploads.length} 个文件，删除 ${deletes.length} 个，未变 ${plan.unchanged} 个。`);
  return { uploaded: plan.uploads.map((u) => u.key), deleted: deletes, unchanged: plan.unchanged };
}
