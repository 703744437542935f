import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { safetyText } from '../../i18n/safety.ts';
import type { LoadedEntry } from './entry.ts';
import { at, type LocalFinding } from './finding.ts';

/** The image formats the site publishes, by their first bytes (SVG is not one: it can carry script). */
const SIGNATURES: ReadonlyArray<(head: Buffer) => boolean> = [
  (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), // PNG
  (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, // JPEG
  (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^(avif|avis)$/.test(b.subarray(8, 12).toString('latin1')),
];

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return head.subarray(0, readSync(fd, head, 0, 16, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether `target` lies inside `root`, symbolic links followed: a link inside content/ to /etc is outside. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(realpathSync(root), existsSync(target) ? realpathSync(target) : target);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * What is wrong with an image a content file uses, or null. The one owner of "which image files may be published":
 * it must lie inside the content folder (symbolic links followed), exist, and be a PNG, JPEG, GIF, WebP or AVIF by
 * its bytes (an SVG, or an SVG renamed to .png, is refused). Other hosts and data: URLs are the HTML policy's.
 * `("../../../../etc/x.png")` → `"图片“../../../../etc/x.png”不在 content 文件夹里，…"`; `("./logo.svg")` → `"不支持 SVG 图片…"`
 */
export function imageFileProblem(src: string, markdownFile: string, contentDir: string): { code: string; message: string } | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src)) return null;
  let target: string;
  try {
    target = path.resolve(path.dirname(markdownFile), decodeURI(src.split(/[?#]/)[0] ?? ''));
  } catch {
    return { code: 'missing-image', message: safetyText.image.missing(src) };
  }
  if (!isInside(path.resolve(contentDir), target)) return { code: 'image-file', message: safetyText.image.outside(src) };
  if (!existsSync(target)) return { code: 'missing-image', message: safetyText.image.missing(src) };
  if (path.extname(target).toLowerCase() === '.svg') return { code: 'image-file', message: safetyText.image.svg(src) };
  return isRasterImageFile(target) ? null : { code: 'image-file', message: safetyText.image.notImage(src) };
}

/** Whether a file is a PNG, JPEG, GIF, WebP or AVIF image by its first bytes: `isRasterImageFile("logo.svg")` → false. */
export function isRasterImageFile(file: string): boolean {
  const head = readHead(file);
  return SIGNATURES.some((matches) => matches(head));
}

/** The image problems of one entry: its Markdown images and its story cover, each at its line. Run every time: image files change apart from the text. */
export function checkImageFiles(entry: LoadedEntry, contentDir: string): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const node of entry.links) {
    if (node.type !== 'image') continue;
    const problem = imageFileProblem(node.url, entry.absPath, contentDir);
    if (problem) findings.push(at((node.position?.start.line ?? 1) + entry.bodyLine - 1, node.position?.start.column ?? 1, 'error', problem.code, problem.message));
  }
  const cover = (entry.data['cover'] as Record<string, unknown> | undefined)?.['src'];
  if (typeof cover === 'string' && entry.places.cover) {
    const problem = imageFileProblem(cover, entry.absPath, contentDir);
    if (problem) findings.push(at(entry.places.cover.line, entry.places.cover.column, 'error', problem.code, problem.message));
  }
  return findings;
}
