/**
 * Encodes text as GB18030 (two-byte GBK codes) or Big5, for tests that need files as editors' old tools save them.
 * Node has decoders for both but no encoder, so the table is built by decoding every two-byte code once.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if ([...char].length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // Not a character in this encoding.
      }
    }
  }
  tables.set(encoding, table);
  return table;
}

/** `encodeLegacy("报告\n", "gb18030")` → `[0xB1, 0xA8, 0xB8, 0xE6, 0x0A]`; throws on a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const table = tableFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (table.has(char)) bytes.push(...table.get(char)!);
    else throw new Error(`${encoding} has no code for ${char}`);
  }
  return new Uint8Array(bytes);
}

/** UTF-16 bytes with a byte order mark unless `bom` is false: `("a", "be")` → `[0xFE, 0xFF, 0x00, 0x61]`. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return new Uint8Array(le);
  return new Uint8Array(le.swap16());
}
