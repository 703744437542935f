import path from 'node:path';
import { buildText } from '../i18n/build.ts';

/** Where an explanation points: a file relative to the working directory, and a 1-based line and column. */
export interface ErrorPlace {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** One Chinese line for the editor: what went wrong, where, and what to do. */
export interface Explanation {
  place?: ErrorPlace | undefined;
  message: string;
}

/**
 * An error whose message was written for editors, in Chinese, with its place when it has one. Recognised by
 * name, not by class: Astro loads integrations through Vite, so they may see another copy of this module.
 */
export class EditorError extends Error {
  override name = 'EditorError';
  readonly place: ErrorPlace | undefined;
  constructor(message: string, place?: ErrorPlace, options?: ErrorOptions) {
    super(message, options);
    this.place = place;
  }
}

type Loose = Error & { code?: unknown; syscall?: unknown; path?: unknown; dest?: unknown; errors?: unknown; loc?: { file?: unknown; line?: unknown; column?: unknown }; place?: ErrorPlace };

/** The error, the errors it gathers (`errors`, as Rolldown's "Build failed with 1 error") and its causes, outermost first. */
function unwrap(error: unknown, depth = 0): Loose[] {
  if (!(error instanceof Error) || depth > 6) return [];
  const inner = error as Loose;
  const gathered = Array.isArray(inner.errors) ? inner.errors.flatMap((e: unknown) => unwrap(e, depth + 1)) : [];
  return [inner, ...gathered, ...unwrap(inner.cause, depth + 1)];
}

/**
 * A path as editors see it: relative to `cwd` inside the project, absolute outside it.
 * `("/work/site/content/a.md", "/work/site")` → `"content/a.md"`; `("/tmp/x", "/work/site")` → `"/tmp/x"`
 */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative.split(path.sep).join('/');
}

function explainSystem(error: Loose, cwd: string): string | undefined {
  if (typeof error.code !== 'string' || typeof error.syscall !== 'string') return undefined;
  const named = typeof error.path === 'string' ? displayPath(typeof error.dest === 'string' && error.code === 'EXDEV' ? error.dest : error.path, cwd) : undefined;
  const where = named ?? buildText.someFile;
  const e = buildText.errors;
  const action = buildText.actions[error.syscall] ?? buildText.actions['default']!;
  const byCode: Record<string, () => string> = {
    ENOSPC: () => e.noSpace(named),
    EDQUOT: () => e.noSpace(named),
    EACCES: () => e.noPermission(action, where),
    EPERM: () => e.noPermission(action, where),
    EROFS: () => e.readOnly(where),
    ENOTDIR: () => e.notADirectory(where),
    EXDEV: () => e.otherDisk(where),
    EMFILE: () => e.tooManyFiles(where),
    ENFILE: () => e.tooManyFiles(where),
    ENOMEM: () => e.noMemory,
    EIO: () => e.diskError(where),
    ENOENT: () => e.notFound(where),
    EBUSY: () => e.busy(where),
    ENAMETOOLONG: () => e.nameTooLong(where),
  };
  return byCode[error.code]?.();
}

/** An Astro or MDX error that points into a file outside the project's code: a content file the editor wrote. */
function explainLocated(error: Loose, cwd: string): Explanation | undefined {
  const file = typeof error.loc?.file === 'string' ? error.loc.file.split('?')[0]! : undefined;
  if (!file || file.includes(`${path.sep}node_modules${path.sep}`) || file.startsWith(path.join(cwd, 'src') + path.sep)) return undefined;
  const place = { file: displayPath(file, cwd), line: Number(error.loc?.line) || undefined, column: Number(error.loc?.column) || undefined };
  if (error.name === 'MDXError') return { place, message: buildText.errors.mdx };
  if (/Frontmatter|YAML/i.test(error.name)) return { place, message: buildText.errors.frontMatter };
  return { place, message: buildText.errors.astroFile(error.name) };
}

const HAN = /\p{Script=Han}/u;

/**
 * Turns anything a build can throw into one line for editors. In order: our own `EditorError`; a machine
 * error (disk full, no permission, read-only, a file where a folder should be…); an Astro or MDX error
 * located in a content file; Astro's missing image; any other message our code wrote in Chinese; else a line
 * saying it is a program error. `new Error("ENOSPC…", { code: "ENOSPC", path: "/srv/dist/a.html" })` →
 * `{ message: "磁盘空间不足，写入 /srv/dist/a.html 时失败。请清理磁盘…" }`
 */
export function explainError(error: unknown, cwd: string = process.cwd()): Explanation {
  const chain = unwrap(error);
  const editor = chain.find((e) => e.name === 'EditorError');
  if (editor) return { place: editor.place && { ...editor.place, file: displayPath(editor.place.file, cwd) }, message: editor.message };
  for (const e of chain) {
    const system = explainSystem(e, cwd);
    if (system) return { message: system };
  }
  for (const e of chain) {
    const located = explainLocated(e, cwd);
    if (located) return located;
  }
  const missingImage = chain.find((e) => e.name === 'ImageNotFound');
  const src = missingImage?.message.match(/`([^`]+)`/)?.[1];
  if (missingImage) return { message: buildText.errors.imageNotFound(src ?? '') };
  const chinese = chain.find((e) => HAN.test(e.message.split('\n')[0] ?? ''));
  if (chinese) return { message: chinese.message.split('\n')[0]!.trim() };
  return { message: buildText.errors.unexpected(chain[0]?.name ?? typeof error) };
}

/**
 * The line printed for an explanation, in the checker's format.
 * `{ place: { file: "content/a.mdx", line: 12, column: 10 }, message: "MDX 写法有误…" }` → `"content/a.mdx:12:10  错误  MDX 写法有误…"`
 */
export function formatExplanation(explanation: Explanation): string {
  const { place, message } = explanation;
  const where = place ? [place.file, place.line, place.line === undefined ? undefined : place.column].filter((part) => part !== undefined).join(':') : '';
  return `${where ? `${where}  ` : ''}${buildText.level}  ${message}`;
}
