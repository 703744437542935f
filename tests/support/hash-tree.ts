import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** SHA-256 of every file under a folder, keyed by its path relative to the folder. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) hashes[file.split(path.sep).join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return hashes;
}
