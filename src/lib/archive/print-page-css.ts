/** What the running header of the printed annual compilation says. */
export interface RunningHeads {
  /** The volume's title, on every left-hand page: `"锦川工商联2024年度汇编"`. */
  volume: string;
  /** On right-hand pages, the part the page is in, by its named page: `{ contents: "目录", reports: "工作报告", … }`. */
  parts: Readonly<Record<string, string>>;
}

/**
 * A CSS string literal, whatever the text holds: quotes, backslashes and line breaks are escaped by code point.
 * `'锦川"工商联'` → `'"锦川\\22 工商联"'`
 */
export function cssString(text: string): string {
  return `"${[...text].map((char) => (/["\\\n\r\f\u0000-\u001f\u007f]/.test(char) ? `\\${char.codePointAt(0)!.toString(16)} ` : char)).join('')}"`;
}

/**
 * The page rules of the printed compilation that carry words: the running header on every page of a named page
 * (`contents`, `reports`, …; compilation.css assigns them), the volume's title outside on left-hand pages and the
 * part's name outside on right-hand pages, like a bound book; the cover page (`cover`) has neither header nor number.
 * `{ volume: "锦川工商联2024年度汇编", parts: { reports: "工作报告" } }` →
 * `'@page reports:left{@top-left{content:"锦川工商联2024年度汇编"}}@page reports:right{@top-right{content:"工作报告"}}…'`
 */
export function buildPrintPageCss(heads: RunningHeads): string {
  const rules = Object.entries(heads.parts).flatMap(([page, part]) => [
    `@page ${page}:left{@top-left{content:${cssString(heads.volume)}}}`,
    `@page ${page}:right{@top-right{content:${cssString(part)}}}`,
  ]);
  return `${rules.join('\n')}\n`;
}
