import { at, type LocalFinding } from './finding.ts';

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const NBSP = /\u00A0/g;
const CJK = '\\u3400-\\u9FFF\\uF900-\\uFAFF“”‘’';
const HALF_PUNCT = new RegExp(`(?<=[${CJK}])[,;:?!](?=\\s?[${CJK}])`, 'g');
const HALF_PARENS = new RegExp(`(?:(?<=[${CJK}])|^\\s*)\\([${CJK}、，0-9]+\\)`, 'g');
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const times = (n: number) => (n > 1 ? `（本行共 ${n} 处）` : '');

/** Zero-width characters and non-breaking spaces, one finding per kind per line; a BOM at the start of the file. */
export function checkInvisible(source: string): LocalFinding[] {
  const findings: LocalFinding[] = [];
  if (source.startsWith('\uFEFF')) findings.push(at(1, 1, 'error', 'bom', '文件开头有看不见的 BOM 标记，请在编辑器里另存为“UTF-8（无 BOM）”'));
  source.split('\n').forEach((line, i) => {
    const text = i === 0 ? line.replace(/^\uFEFF/, '') : line;
    const offset = i === 0 && line !== text ? 1 : 0;
    const zero = [...text.matchAll(ZERO_WIDTH)];
    const first = zero[0];
    if (first) {
      const message = `看不见的零宽字符（${hex(first[0])}）${times(zero.length)}，会影响搜索和复制，请删除`;
      findings.push(at(i + 1, first.index + 1 + offset, 'error', 'zero-width', message));
    }
    const spaces = [...text.matchAll(NBSP)];
    if (spaces[0]) {
      findings.push(at(i + 1, spaces[0].index + 1 + offset, 'warning', 'nbsp', `不换行空格（U+00A0）${times(spaces.length)}，请换成普通空格或删除`));
    }
  });
  return findings;
}

/**
 * Half-width punctuation inside Chinese sentences (warnings): `"围绕中心,服务大局"` → 半角“,”应改为“，”;
 * `"副主席(副会长)"` → 半角括号.
 */
export function checkPunctuation(text: string, firstLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  text.split('\n').forEach((line, i) => {
    const byChar = new Map<string, number[]>();
    for (const m of line.matchAll(HALF_PUNCT)) byChar.set(m[0], [...(byChar.get(m[0]) ?? []), m.index]);
    for (const [char, places] of byChar) {
      findings.push(at(firstLine + i, (places[0] ?? 0) + 1, 'warning', 'half-width-punct', `中文句子里用了半角“${char}”${times(places.length)}，应改为全角“${FULL[char] ?? char}”`));
    }
    const parens = [...line.matchAll(HALF_PARENS)];
    if (parens[0]) {
      const column = parens[0].index + parens[0][0].indexOf('(') + 1;
      findings.push(at(firstLine + i, column, 'warning', 'half-width-punct', `中文句子里用了半角括号“()”${times(parens.length)}，应改为全角“（）”`));
    }
  });
  return findings;
}
