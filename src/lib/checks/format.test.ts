import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.ts';
import { formatFindings, hasErrors } from './format.ts';

const finding = (file: string, line: number, level: Finding['level'], message: string): Finding => ({ file, line, column: 1, level, code: 'test', message });

describe('formatFindings', () => {
  it('groups findings by file, in line order, and ends with the summary', () => {
    const output = formatFindings([
      finding('content/reports/2024/b.md', 9, 'warning', '中文句子里用了半角“,”，应改为全角“，”'),
      finding('content/reports/2024/a.md', 14, 'error', '未填写的占位符“×”'),
      finding('content/reports/2024/b.md', 3, 'error', '“summary”（摘要）不能为空'),
    ]);
    expect(output).toBe(
      [
        'content/reports/2024/a.md:14:1  错误  未填写的占位符“×”',
        '',
        'content/reports/2024/b.md:3:1  错误  “summary”（摘要）不能为空',
        'content/reports/2024/b.md:9:1  警告  中文句子里用了半角“,”，应改为全角“，”',
        '',
        '共 2 个错误，1 个警告',
      ].join('\n'),
    );
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(formatFindings([])).toBe('共 0 个错误，0 个警告');
  });
});

describe('hasErrors', () => {
  it('is false when there are only warnings', () => {
    expect(hasErrors([finding('content/a.md', 1, 'warning', '提示')])).toBe(false);
  });
});
