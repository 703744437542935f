import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MARKER_FILE } from './corpus.ts';

/**
 * Why the generator must not write into a folder, or `undefined` when it may.
 * `findOutputProblem('/tmp/gsl-large', '/work/main/content')` → `undefined` for a new or generated folder.
 */
export function findOutputProblem(out: string, projectContent: string): string | undefined {
  const target = path.resolve(out);
  const content = path.resolve(projectContent);
  if (target === content || target.startsWith(`${content}${path.sep}`) || content.startsWith(`${target}${path.sep}`)) {
    return `${target}: 不能写进编辑的内容文件夹 ${content}（或包含它的文件夹），请换一个输出文件夹，例如 /tmp/gsl-large`;
  }
  if (!existsSync(target)) return undefined;
  const entries = readdirSync(target);
  if (entries.length === 0 || entries.includes(MARKER_FILE)) return undefined;
  return `${target}: 文件夹不是空的，也不是生成器写的（没有 ${MARKER_FILE}），不会覆盖它`;
}

/** Empties `out` (already checked by `findOutputProblem`) and writes every file of the tree into it. */
export function writeTree(out: string, files: ReadonlyMap<string, string>): void {
  const target = path.resolve(out);
  rmSync(target, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [relative, text] of files) {
    const file = path.join(target, relative);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  }
}
