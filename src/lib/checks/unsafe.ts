import { at, type LocalFinding } from './finding.ts';

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/<script\b/gi, '正文里不允许写 <script>（脚本），请删除'],
  [/<iframe\b/gi, '正文里不允许嵌入 <iframe>（外部网页），请改成普通链接'],
  [/<(?:object|embed|form|style|base|meta)\b/gi, '正文里不允许写这种 HTML 标签，请删除'],
  [/<[a-z][^>]*?\son[a-z]+\s*=/gi, 'HTML 标签里不允许写 onclick 之类的事件属性，请删除'],
  [/javascript\s*:/gi, '不允许 javascript: 链接，请改成普通网址'],
];

/** Script, iframes, inline event handlers and `javascript:` links in a body whose code is blanked out. */
export function checkUnsafe(prose: string, firstLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  prose.split('\n').forEach((line, i) => {
    for (const [pattern, message] of RULES) {
      for (const m of line.matchAll(pattern)) findings.push(at(firstLine + i, m.index + 1, 'error', 'unsafe-html', message));
    }
  });
  return findings;
}
