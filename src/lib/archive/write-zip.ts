import { ZipFile } from 'yazl';

/** One file of a bundle: its path inside the ZIP and its bytes. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

const STORED = /\.(pdf|png|jpe?g|webp|avif|gif|woff2?)$/i;

/**
 * The Date yazl should stamp for a calendar day: yazl writes DOS times from the local clock, so the day is built in
 * local time and reads the same on every machine whatever its TZ. `"2024-08-20"` → local 2024-08-20 00:00
 */
export function zipTimestamp(isoDate: string): Date {
  const [year = 1980, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Math.max(year, 1980), month - 1, day);
}

/**
 * Writes a ZIP whose bytes depend only on the entries and the day: entries sorted by path, one fixed DOS timestamp,
 * no extra fields (no Unix times), fixed file mode, the same deflate level every time.
 */
export async function writeZip(entries: readonly ZipEntry[], isoDate: string): Promise<Buffer> {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((entry, i) => {
    if (i > 0 && sorted[i - 1]?.path === entry.path) throw new Error(`归档包里有两个同名文件：${entry.path}`);
  });
  const zip = new ZipFile();
  const mtime = zipTimestamp(isoDate);
  for (const entry of sorted) {
    // Already-compressed formats are stored; deflating them again only costs time.
    const compressionLevel = STORED.test(entry.path) ? 0 : 9;
    zip.addBuffer(Buffer.from(entry.data), entry.path, { mtime, mode: 0o100644, forceDosTimestamp: true, compressionLevel });
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  zip.end();
  return done;
}
