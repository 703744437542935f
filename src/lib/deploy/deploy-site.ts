import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deployText } from '../../i18n/deploy.ts';
import { runInPool } from '../archive/run-in-pool.ts';
import { EditorError } from '../explain-error.ts';
import { listDistFiles } from './list-files.ts';
import { findDanglingLinks, type Link } from './live-links.ts';
import { MANIFEST_NAME, parseManifest, serializeManifest, type DeployManifest } from './manifest.ts';
import { DELETE_LIMIT, exceedsDeleteLimit, planDeploy, type PlannedUpload } from './plan-deploy.ts';
import { readLinkGraph } from './read-link-graph.ts';
import type { DeployBucket } from './s3-bucket.ts';
import { orderUploads, uploadRank } from './upload-order.ts';

/** How to deploy. */
export interface DeployOptions {
  dir: string;
  bucket: DeployBucket;
  /** List what would change and touch nothing. */
  dryRun: boolean;
  /** Remove objects dist/ no longer has. Off by default: pages cached by readers may still name old assets. */
  deleteExtra: boolean;
  /** `--yes`: delete even past `DELETE_LIMIT`. */
  confirmDeletes?: boolean;
  log: (line: string) => void;
  /** Uploads running at once within one wave. */
  concurrency?: number;
}

/** What a deploy did (or, in a dry run, would do). */
export interface DeployResult {
  uploaded: string[];
  deleted: string[];
  unchanged: number;
}

const few = (keys: readonly string[]) => deployText.firstFew(keys.slice(0, 5), keys.length);
const pairs = (links: readonly Link[]) => few(links.map(([from, to]) => `${from} → ${to}`));

/**
 * Uploads a built site to the bucket: only files whose hash or headers changed, in waves (`orderUploads`) so that
 * no file goes up before the new files it links to, entry pages and the search index last; then the manifest, then
 * deletions. When an upload fails for good, the error says what went up, what did not, and whether anything live
 * now links to a missing file.
 */
export async function deploySite(options: DeployOptions): Promise<DeployResult> {
  const { dir, bucket, log } = options;
  if (!existsSync(path.join(dir, 'index.html'))) throw new EditorError(deployText.noIndex(dir));
  const local = listDistFiles(dir);
  const remote = await bucket.list();
  const manifest = parseManifest(remote.has(MANIFEST_NAME) ? await bucket.read(MANIFEST_NAME) : undefined);
  const plan = planDeploy(local, remote, manifest);
  const deletes = options.deleteExtra ? plan.extra : [];
  const remoteCount = remote.size - (remote.has(MANIFEST_NAME) ? 1 : 0);
  const overLimit = exceedsDeleteLimit(deletes.length, remoteCount);
  log(deployText.plan(local.length, bucket.name, remoteCount, plan.uploads.length, plan.unchanged));
  if (plan.extra.length > 0 && !options.deleteExtra) log(deployText.keepingExtra(plan.extra.length));
  if (overLimit && !options.dryRun && !options.confirmDeletes) {
    throw new EditorError(`${deployText.tooManyDeletes(deletes.length, remoteCount, DELETE_LIMIT.count, DELETE_LIMIT.share * 100)}\n  ${few(deletes)}\n${deployText.tooManyDeletesHint}`);
  }

  const byKey = new Map(plan.uploads.map((u) => [u.key, u]));
  const graph = readLinkGraph(dir, [...byKey.keys()], new Set(local.map((f) => f.relativePath)));
  const isNew = (key: string) => !remote.has(key);
  const waitsFor = (key: string) => (graph.links.get(key) ?? []).filter((to) => byKey.has(to) && isNew(to));
  const waves = orderUploads([...byKey.keys()], waitsFor, (key) => uploadRank(key, graph.kinds.get(key)));
  const ordered = waves.flat().map((key) => byKey.get(key)!);

  if (options.dryRun) {
    for (const upload of ordered) log(deployText.willUpload(upload.key, deployText.reasons[upload.reason]));
    for (const key of deletes) log(deployText.willDelete(key));
    if (overLimit) log(deployText.dryRunOverLimit(DELETE_LIMIT.count, DELETE_LIMIT.share * 100));
    log(deployText.dryRun);
    return { uploaded: ordered.map((u) => u.key), deleted: deletes, unchanged: plan.unchanged };
  }

  const next: DeployManifest = {};
  for (const file of local) if (manifest[file.relativePath]) next[file.relativePath] = manifest[file.relativePath]!;
  const uploaded = new Set<string>();
  const upload = async (item: PlannedUpload) => {
    const { etag, attempts } = await bucket.put(item.key, readFileSync(item.file.absolutePath), { contentType: item.contentType, cacheControl: item.cacheControl, md5Base64: item.file.md5Base64, sha256: item.file.sha256 });
    next[item.key] = { sha256: item.file.sha256, contentType: item.contentType, cacheControl: item.cacheControl, etag };
    uploaded.add(item.key);
    log(deployText.uploaded(item.key, deployText.reasons[item.reason], attempts));
  };
  const writeManifest = async () => {
    const body = Buffer.from(serializeManifest(next));
    const hash = (algorithm: string, encoding: 'hex' | 'base64') => createHash(algorithm).update(body).digest(encoding);
    await bucket.put(MANIFEST_NAME, body, { contentType: 'application/json; charset=utf-8', cacheControl: 'no-store', md5Base64: hash('md5', 'base64'), sha256: hash('sha256', 'hex') });
  };
  try {
    for (const wave of waves) await runInPool(wave.map((key) => byKey.get(key)!), options.concurrency ?? 8, upload);
  } catch (error) {
    // Record what did go up, so the next run resumes instead of starting over.
    await writeManifest().catch(() => {});
    const missing = ordered.filter((u) => !uploaded.has(u.key)).map((u) => u.key);
    const dangling = findDanglingLinks({ uploaded, missing: new Set(missing.filter(isNew)), links: graph.links, existedBefore: (key) => !isNew(key) });
    const { failed } = deployText;
    const lines = [failed.cause((error as Error).message), failed.counts(uploaded.size, ordered.length), failed.missing(missing.length, few(missing)), failed.nothingDeleted];
    if (dangling.reachable.length > 0) lines.push(failed.broken(pairs(dangling.reachable)));
    else lines.push(dangling.orphaned.length > 0 ? failed.orphans(pairs(dangling.orphaned)) : failed.consistent);
    throw new EditorError([...lines, failed.retry].join('\n'), undefined, { cause: error });
  }
  if (plan.uploads.length > 0 || deletes.length > 0 || !remote.has(MANIFEST_NAME)) await writeManifest();
  await runInPool(deletes, options.concurrency ?? 8, async (key) => {
    await bucket.remove(key);
    log(deployText.deleted(key));
  });
  log(deployText.done(plan.uploads.length, deletes.length, plan.unchanged));
  return { uploaded: ordered.map((u) => u.key), deleted: deletes, unchanged: plan.unchanged };
}
