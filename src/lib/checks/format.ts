import { sortFindings, type Finding } from './finding.ts';

const LEVEL_NAMES = { error: '错误', warning: '警告' } as const;

/** One output line: `content/reports/2019/x.md:14:5  错误  未填写的占位符“×”（本行共 3 处）`. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${LEVEL_NAMES[finding.level]}  ${finding.message}`;
}

/** Counts findings by level: `[error, warning, warning]` → `{ errors: 1, warnings: 2 }`. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.level === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** The summary line: `共 2 个错误，1 个警告`. */
export function formatSummary(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  return `共 ${errors} 个错误，${warnings} 个警告`;
}

/**
 * Everything `npm run check` prints: findings grouped by file (a blank line between files), then the summary.
 * `[]` → `"共 0 个错误，0 个警告"`
 */
export function formatFindings(findings: readonly Finding[]): string {
  const groups = new Map<string, string[]>();
  for (const finding of sortFindings(findings)) {
    const lines = groups.get(finding.file) ?? [];
    lines.push(formatFinding(finding));
    groups.set(finding.file, lines);
  }
  const blocks = [...groups.values()].map((lines) => lines.join('\n'));
  return [...blocks, formatSummary(findings)].join('\n\n');
}

/** Whether any finding is an error, i.e. whether the check or build must fail. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'error');
}
