import type { ContentKind } from './content-kinds.ts';

/**
 * The file extensions each kind is published from, exactly as written (lower case). The collection loaders in
 * src/content.config.ts and the checker's file sorting both ask here, so a file the checker accepts is a file
 * the site publishes.
 */
export const CONTENT_EXTENSIONS: Readonly<Record<ContentKind, readonly string[]>> = {
  report: ['md', 'mdx'],
  honor: ['md'],
  story: ['md', 'mdx'],
  enterprise: ['yaml', 'yml'],
  event: ['yaml', 'yml'],
};

// Other spellings editors' tools produce for the same formats; the checker names the accepted one to rename to.
const SPELLINGS: Readonly<Record<string, string>> = { md: 'md', markdown: 'md', mdown: 'md', mkd: 'md', mkdn: 'md', mdx: 'mdx', yaml: 'yaml', yml: 'yml' };

/** The glob a kind's collection loader uses: `"report"` → `"*\/**\/*.{md,mdx}"`; `"enterprise"` → `"**\/*.{yaml,yml}"`; `"event"` → `"*.{yaml,yml}"`. */
export function contentGlob(kind: ContentKind): string {
  const extensions = CONTENT_EXTENSIONS[kind];
  const ending = extensions.length === 1 ? extensions[0]! : `{${extensions.join(',')}}`;
  if (kind === 'event') return `*.${ending}`;
  return `${kind === 'enterprise' ? '' : '*/'}**/*.${ending}`;
}

/** The extension of a file name as written, without the dot: `"报告.MD"` → `"MD"`; `"README"` → `""`. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/**
 * Whether a file of this kind is published as named: `("report", "a.md")` → `{ published: true }`;
 * `("report", "a.MD")` → `{ published: false, renameTo: "a.md" }` (another spelling of an accepted extension);
 * `("report", "a.docx")` → `{ published: false }`.
 */
export function judgeFileName(kind: ContentKind, name: string): { published: true } | { published: false; renameTo?: string } {
  const extension = extensionOf(name);
  const accepted = CONTENT_EXTENSIONS[kind];
  if (accepted.includes(extension)) return { published: true };
  const meant = SPELLINGS[extension.toLowerCase()];
  if (meant === undefined || !accepted.includes(meant)) return { published: false };
  return { published: false, renameTo: `${name.slice(0, name.length - extension.length)}${meant}` };
}
