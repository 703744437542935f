/** The encodings a text file from an editor's machine comes in, as far as they can be told apart. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'unknown';

// The most frequent Chinese characters (the same in simplified and traditional writing): running text read in
// its real encoding is a quarter or more of these; the same bytes read in a wrong one are almost none.
const COMMON = new Set('的一是不了在人有我他中大上以要用生到作地于出就分成可主年动同工也能下子而方多定行学法所民得经十三之着等部度家力如水化高自二理起小物加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题程展五果料员位入常文总次品式活设及管特件长求老头基资边流路级少山统接知较将组计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研商企营服务会议报告'.replace(/\s/g, ''));

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of the Han characters in `text` that are among the most frequent ones: `"的是工作报告"` → `1`; `"乱码"` → `0`. */
export function commonHanShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han += 1;
    if (COMMON.has(char)) common += 1;
  }
  return han === 0 ? 0 : common / han;
}

/**
 * Which encoding a file's bytes are in: a byte order mark; zero bytes, which only UTF-16 has in text; valid UTF-8;
 * else whichever of GB18030 (GBK), Big5 and UTF-16 decodes cleanly into the most common Chinese characters.
 * `Buffer.from("标题")` → `"utf-8"`; `[0xFF, 0xFE, …]` → `"utf-16le"`; GBK bytes of `"工作报告"` → `"gb18030"`.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096);
  const zeros = [0, 1].map((parity) => head.filter((byte, i) => byte === 0 && i % 2 === parity).length);
  if (zeros[0]! + zeros[1]! > 0) return zeros[1]! >= zeros[0]! ? 'utf-16le' : 'utf-16be';
  if (tryDecode(bytes, 'utf-8') !== undefined) return 'utf-8';
  let best: { encoding: TextEncoding; share: number } = { encoding: 'unknown', share: 0 };
  for (const encoding of ['gb18030', 'big5', 'utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding);
    const share = text === undefined ? -1 : commonHanShare(text);
    if (share > best.share) best = { encoding, share };
  }
  return best.encoding;
}

/**
 * The text of a file in whatever encoding it is in, and that encoding; `text` is undefined when it cannot be told.
 * A UTF-8 byte order mark is kept (the checker names it); a UTF-16 one is dropped.
 */
export function decodeText(bytes: Uint8Array): { encoding: TextEncoding; text: string | undefined } {
  const encoding = detectEncoding(bytes);
  if (encoding === 'unknown') return { encoding, text: undefined };
  if (encoding === 'utf-8') return { encoding, text: tryDecode(bytes, 'utf-8') };
  return { encoding, text: new TextDecoder(encoding).decode(bytes) };
}
