import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readCoverage, type CoverageTest } from './font-coverage.ts';

/** The family name templates use in `fontFamily`. */
export const SHARE_FONT_FAMILY = 'Noto Serif SC';

/** The npm package (SIL OFL 1.1) the faces come from; its TTFs are read from node_modules, never committed. */
export const SHARE_FONT_PACKAGE = '@expo-google-fonts/noto-serif-sc';

const FACES = [
  { weight: 400, file: '400Regular/NotoSerifSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSerifSC_700Bold.ttf' },
] as const;

/** One face as satori takes it. */
export interface ShareFontFace {
  name: string;
  data: Uint8Array;
  weight: 400 | 700;
  style: 'normal';
}

/** The faces, what they cover, and a hash of their bytes for the image cache key. */
export interface ShareFonts {
  faces: ShareFontFace[];
  coverage: CoverageTest[];
  hash: string;
}

/** Absolute paths of the font files inside node_modules, regular first. */
export function locateShareFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve(`${SHARE_FONT_PACKAGE}/package.json`));
  return FACES.map((face) => path.join(root, face.file));
}

/** Reads the font files once (about 30 MB); call once per build, or once per worker. */
export function loadShareFonts(files: readonly string[] = locateShareFontFiles()): ShareFonts {
  const hash = createHash('sha256');
  const faces = FACES.map((face, i): ShareFontFace => {
    const data = new Uint8Array(readFileSync(files[i]!));
    hash.update(data);
    return { name: SHARE_FONT_FAMILY, data, weight: face.weight, style: 'normal' };
  });
  return { faces, coverage: faces.map((face) => readCoverage(face.data)), hash: hash.digest('hex') };
}
