import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One file of the built site, with the hashes that decide whether it must be uploaded. */
export interface LocalFile {
  /** Path below dist/ with forward slashes, no leading slash: `reports/2024/x/index.html`. */
  relativePath: string;
  absolutePath: string;
  size: number;
  /** Hex SHA-256 of the content: what the deploy manifest and x-amz-meta-sha256 record. */
  sha256: string;
  /** Base64 MD5, sent as Content-MD5 so the storage rejects a body damaged on the way. */
  md5Base64: string;
}

/**
 * Every file under a built site, sorted by path, each with its SHA-256 and MD5.
 * `listDistFiles("dist")` → `[{ relativePath: "404.html", size: 2210, sha256: "9f2c…", … }, …]`
 */
export function listDistFiles(dir: string): LocalFile[] {
  const root = path.resolve(dir);
  const files: LocalFile[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const content = readFileSync(absolutePath);
    files.push({
      relativePath: path.relative(root, absolutePath).split(path.sep).join('/'),
      absolutePath,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      md5Base64: createHash('md5').update(content).digest('base64'),
    });
  }
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
