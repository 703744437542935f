import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBuffer, type Entry } from 'yauzl';

/** Every file of a ZIP (a path, or its bytes) by its path, read with yauzl (a reader independent of the writer). */
export function readZip(file: string | Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(typeof file === 'string' ? readFileSync(file) : file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: Entry) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

/** Writes the files of `readZip` into a new temporary folder, as a reader's unzip would, and returns it. */
export function unzipTo(files: Map<string, Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-unzipped-'));
  for (const [name, data] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}
