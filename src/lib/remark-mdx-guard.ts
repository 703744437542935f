import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatFinding } from './checks/format.ts';
import { checkMdx } from './mdx-policy.ts';

/**
 * Remark plugin: refuses to compile an `.mdx` file that `npm run check` would refuse (import, export, expressions,
 * directives, unknown components, unsafe HTML), with the checker's own Chinese lines. The check runs before every
 * build, so this is the second lock: nothing an MDX file says can run while the site is built. `.md` files pass.
 * → throws `content/stories/2024/x.mdx:3:1  错误  MDX 文件里不允许写 export（代码），请删除`
 */
export function remarkMdxGuard(_options: { revision?: string } = {}) {
  return (tree: Root, file: VFile): void => {
    const filePath = file.path ?? file.history[0] ?? '';
    if (!filePath.endsWith('.mdx')) return;
    // Astro hands MDX its body with the front matter blanked out, so lines are the file's own.
    const errors = checkMdx(tree, String(file.value), 1).filter((finding) => finding.level === 'error');
    if (errors.length === 0) return;
    const shown = path.relative(process.cwd(), filePath).split(path.sep).join('/');
    throw new Error(errors.map((finding) => formatFinding({ file: shown, ...finding })).join('\n'));
  };
}
