import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One row of `pdffonts`: the font's name and whether the PDF carries it. */
export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** Lists a PDF's fonts with Debian's `pdffonts` (poppler-utils); fails with the install command when it is missing. */
export function listPdfFonts(pdf: Uint8Array): PdfFont[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-pdffonts-'));
  try {
    const file = path.join(dir, 'volume.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    if (result.error) throw new Error('找不到 pdffonts：请运行 `apt-get install -y poppler-utils`', { cause: result.error });
    if (result.status !== 0) throw new Error(`pdffonts 失败：${result.stderr}`);
    // After the two header lines, each row: name, type (may have spaces), encoding, emb, sub, uni, object, generation.
    return result.stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const cells = line.trim().split(/\s+/);
        return { name: cells[0]!, embedded: cells.at(-5) === 'yes' };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
