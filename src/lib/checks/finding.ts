/** How serious a finding is: an error fails `npm run check` and the build, a warning only informs. */
export type FindingLevel = 'error' | 'warning';

/** One problem in one content file, with a 1-based line and column and a message for editors. */
export interface Finding {
  /** Path relative to the working directory, e.g. `content/reports/2024/x.md`. */
  file: string;
  line: number;
  column: number;
  level: FindingLevel;
  /** Stable machine-readable code, e.g. `placeholder`; the editor guide lists every code. */
  code: string;
  message: string;
}

/** A finding before it knows its file: what a per-text check returns. */
export type LocalFinding = Omit<Finding, 'file'>;

/** Builds a finding without a file: `at(3, 5, 'error', 'placeholder', '…')`. */
export function at(line: number, column: number, level: FindingLevel, code: string, message: string): LocalFinding {
  return { line, column, level, code, message };
}

/** Converts a 0-based string offset into a 1-based line and column: `("ab\ncd", 4)` → `{ line: 2, column: 2 }`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Orders findings by file, then line, then column, so output reads top to bottom. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
