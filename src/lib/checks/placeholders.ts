import { at, type LocalFinding } from './finding.ts';

/** One unfilled template placeholder in a line: where it starts (0-based) and what it is. */
export interface PlaceholderMatch {
  index: number;
  token: string;
}

const NUMERIC_BEFORE = /[0-9A-Za-z)）%.]$/;
const NUMERIC_AFTER = /^[0-9A-Za-z(（.]/;
const COUNTERS = '届次月日年号名家个期条项人余万亿元%％岁周区县市省种批篇场';
const SINGLE_X = new RegExp(`(?<![A-Za-z0-9+\\-_./&=#])[XＸ](?![A-Za-z0-9])(?=[${COUNTERS}])`, 'g');
const X_RUN = /(?<![A-Za-z0-9_])(?:[Xx]{2,}|[Ｘｘ]{2,})(?![A-Za-z0-9_])/g;
const FILL_IN = /[（(【[]\s*(?:此处|在此|请在此处?|请)?(?:填写|填入|输入|插入)[^）)】\]\n]{0,30}[）)】\]]|(?:此处|在此处?|请在此处?)(?:填写|填入|输入|插入)/g;
const BLANKS = /(?<![_\w])_{3,}(?![_\w])|＿{2,}|○{2,}/g;

function isMultiplication(line: string, start: number, end: number): boolean {
  const before = line.slice(0, start);
  const after = line.slice(end);
  if (/\s$/.test(before) && /^\s/.test(after)) return true;
  return NUMERIC_BEFORE.test(before.trimEnd()) && NUMERIC_AFTER.test(after.trimStart());
}

function isTableMark(line: string, start: number, end: number): boolean {
  if (!/^\s*\|/.test(line) || !/[√✓✔]/.test(line)) return false;
  return /\|\s*$/.test(line.slice(0, start)) && /^\s*\|/.test(line.slice(end));
}

/**
 * Finds unfilled placeholders in one line of text, leaving real uses alone.
 * `"在市工商联X届X次执委会议上"` → tokens `X`, `X`; `"3×3 矩阵"` → none; `"“415X”集群"` → none.
 */
export function findPlaceholders(line: string): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  for (const m of line.matchAll(/×+/g)) {
    const end = m.index + m[0].length;
    if (m[0].length === 1 && (isMultiplication(line, m.index, end) || isTableMark(line, m.index, end))) continue;
    matches.push({ index: m.index, token: m[0] });
  }
  for (const pattern of [X_RUN, SINGLE_X, FILL_IN, BLANKS]) {
    for (const m of line.matchAll(pattern)) matches.push({ index: m.index, token: m[0] });
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Normalises a token for grouping: `"ＸＸ"` → `"XX"`, `"（此处填写单位）"` stays. */
function groupKey(token: string): string {
  return /^[XxＸｘ]+$/.test(token) ? token.normalize('NFKC').toUpperCase() : token;
}

/**
 * One finding per placeholder kind per line, with a count.
 * `"共×家企业，×万元"` at line 14 → `14:2 未填写的占位符“×”（本行共 2 处）`
 */
export function checkPlaceholders(text: string, firstLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  text.split('\n').forEach((line, i) => {
    const groups = new Map<string, PlaceholderMatch[]>();
    for (const match of findPlaceholders(line)) {
      const key = groupKey(match.token);
      groups.set(key, [...(groups.get(key) ?? []), match]);
    }
    for (const [token, list] of groups) {
      const count = list.length > 1 ? `（本行共 ${list.length} 处）` : '';
      findings.push(at(firstLine + i, (list[0]?.index ?? 0) + 1, 'error', 'placeholder', `未填写的占位符“${token}”${count}，请填上实际内容`));
    }
  });
  return findings;
}
