/** Tells whether a font has a glyph for a code point. */
export type CoverageTest = (codePoint: number) => boolean;

/**
 * Reads a TrueType/OpenType font's Unicode `cmap` (format 4 or 12) into a coverage test.
 * Satori draws an empty box for a missing glyph without a word, so the build asks this first.
 */
export function readCoverage(font: Uint8Array): CoverageTest {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, 'cmap');
  const count = view.getUint16(cmap + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best === undefined))) best = { offset, format };
  }
  if (!best) throw new Error('字体里没有 Unicode 字符表（cmap），无法检查缺字');
  return best.format === 12 ? readFormat12(view, best.offset) : readFormat4(view, best.offset);
}

function findTable(view: DataView, tag: string): number {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`字体里没有 ${tag} 表`);
}

function readFormat12(view: DataView, offset: number): CoverageTest {
  const groups = view.getUint32(offset + 12);
  const starts = new Uint32Array(groups);
  const ends = new Uint32Array(groups);
  for (let i = 0; i < groups; i++) {
    starts[i] = view.getUint32(offset + 16 + i * 12);
    ends[i] = view.getUint32(offset + 20 + i * 12);
  }
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (codePoint < starts[middle]!) high = middle - 1;
      else if (codePoint > ends[middle]!) low = middle + 1;
      else return true;
    }
    return false;
  };
}

function readFormat4(view: DataView, offset: number): CoverageTest {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return false;
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((codePoint + view.getInt16(deltas + i * 2)) & 0xffff) !== 0;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph !== 0;
    }
    return false;
  };
}
