import { cacheControlFor } from './cache-rules.ts';
import { contentTypeFor } from './content-types.ts';
import type { LocalFile } from './list-files.ts';
import { MANIFEST_NAME, normalizeEtag, type DeployManifest } from './manifest.ts';

/** Why a file is uploaded. */
export type UploadReason = 'new' | 'changed' | 'headers' | 'outside';

/** One file to upload, with the headers the storage will serve it with. */
export interface PlannedUpload {
  file: LocalFile;
  /** Path below the prefix, same as the file's path below dist/. */
  key: string;
  contentType: string;
  cacheControl: string;
  reason: UploadReason;
}

/** What a deploy will do. */
export interface DeployPlan {
  uploads: PlannedUpload[];
  unchanged: number;
  /** Keys in the bucket that dist/ no longer has; removed only with --delete. */
  extra: string[];
}

function reasonToUpload(file: LocalFile, contentType: string, cacheControl: string, remoteEtag: string | undefined, manifest: DeployManifest): UploadReason | undefined {
  const last = manifest[file.relativePath];
  if (remoteEtag === undefined) return 'new';
  if (!last) return 'outside';
  if (last.sha256 !== file.sha256) return 'changed';
  if (last.contentType !== contentType || last.cacheControl !== cacheControl) return 'headers';
  // The object was replaced since our last deploy (by hand, another tool, or a deploy cut short).
  if (normalizeEtag(last.etag) !== normalizeEtag(remoteEtag)) return 'outside';
  return undefined;
}

/**
 * Compares dist/ with the bucket (keys → ETags from one listing) and the manifest the last deploy left:
 * a file is skipped only when its hash and headers match the manifest and the object still carries the
 * ETag that upload got. Uploads come sorted by path; `orderUploads` decides when each goes up.
 */
export function planDeploy(local: readonly LocalFile[], remote: ReadonlyMap<string, string>, manifest: DeployManifest): DeployPlan {
  const uploads: PlannedUpload[] = [];
  let unchanged = 0;
  for (const file of local) {
    const sitePath = `/${file.relativePath}`;
    const contentType = contentTypeFor(sitePath);
    const cacheControl = cacheControlFor(sitePath);
    const reason = reasonToUpload(file, contentType, cacheControl, remote.get(file.relativePath), manifest);
    if (reason) uploads.push({ file, key: file.relativePath, contentType, cacheControl, reason });
    else unchanged += 1;
  }
  uploads.sort((a, b) => (a.key < b.key ? -1 : 1));
  const wanted = new Set(local.map((file) => file.relativePath));
  const extra = [...remote.keys()].filter((key) => !wanted.has(key) && key !== MANIFEST_NAME).sort();
  return { uploads, unchanged, extra };
}

/** `--delete` removes at most this many objects, and at most this share of the bucket, unless `--yes` confirms. */
export const DELETE_LIMIT = { count: 20, share: 0.1 } as const;

/**
 * Whether deleting `count` of the bucket's `total` objects goes past the limit: a deploy from the wrong or a
 * half-empty folder would otherwise empty the live site without a question.
 * `(310, 320)` → true; `(3, 4000)` → false; `(25, 4000)` → true; `(2, 12)` → true
 */
export function exceedsDeleteLimit(count: number, total: number): boolean {
  return count > DELETE_LIMIT.count || count > total * DELETE_LIMIT.share;
}
