import { createHash } from 'node:crypto';
import type { ArchivePiece, ArchiveType } from './plan-archives.ts';

/** One published piece as the manifest describes it. */
export interface ManifestEntry {
  type: ArchiveType;
  title: string;
  date: string;
  /** Its address on the live site. */
  url: string;
  /** Its Markdown source inside the bundle, e.g. `"sources/reports/2024/changwei.md"`. */
  source: string;
  /** SHA-256 of that source, byte for byte as committed. */
  sha256: string;
  /** Its offline page inside the bundle. */
  page: string;
}

/** Every file of the bundle (but the manifest itself), with its size and hash. */
export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** `manifest.json`: what a bundle holds, so anyone can check a copy years later. */
export interface Manifest {
  organisation: string;
  shortName: string;
  year: number;
  site: string;
  entries: ManifestEntry[];
  files: ManifestFile[];
}

/** What the manifest is built from; paths are relative to the bundle folder. */
export interface ManifestInput {
  site: { name: string; shortName: string; baseUrl: string };
  year: number;
  pieces: ReadonlyArray<{ piece: ArchivePiece; source: string; page: string }>;
  files: ReadonlyArray<{ path: string; data: Uint8Array }>;
}

/** Hex SHA-256 of bytes: `"abc"` → `"ba7816bf…15ad"`. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Builds the manifest; entries keep the plan's date order, files are sorted by path. */
export function buildManifest(input: ManifestInput): Manifest {
  const byPath = new Map(input.files.map((f) => [f.path, f.data]));
  const entries = input.pieces.map(({ piece, source, page }) => {
    const data = byPath.get(source);
    if (!data) throw new Error(`归档包里缺少源文件 ${source}`);
    return { type: piece.type, title: piece.title, date: piece.date, url: `${input.site.baseUrl}${piece.pagePath}`, source, sha256: sha256(data), page };
  });
  const files = [...input.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => ({ path: f.path, size: f.data.byteLength, sha256: sha256(f.data) }));
  return { organisation: input.site.name, shortName: input.site.shortName, year: input.year, site: input.site.baseUrl, entries, files };
}

/** The manifest as written: two-space JSON with a final newline, Chinese left readable. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
