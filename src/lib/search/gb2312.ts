/**
 * The 6,763 hanzi of GB 2312, the character set mainland simplified text is written in and the one an input method
 * offers first, decoded from their two-byte codes (rows 0xB0–0xF7) with the platform's GB 18030 decoder.
 * `gb2312Hanzi().has("营")` → true; `.has("營")` → false; `.has("著")` → true (著名 is simplified text too).
 */
export function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb18030');
  const chars = new Set<string>();
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (/^\p{Script=Han}$/u.test(char)) chars.add(char);
    }
  }
  return chars;
}
