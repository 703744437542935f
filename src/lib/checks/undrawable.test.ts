import { describe, expect, it } from 'vitest';
import { checkUndrawable } from './undrawable.ts';

const report = (findings: ReturnType<typeof checkUndrawable>) => findings.map((f) => `${f.line}:${f.column} ${f.level} ${f.message.split('：')[0]}`);

describe('checkUndrawable', () => {
  it('is silent about the rare characters of names, which the bundled fonts draw', () => {
    expect(checkUndrawable('---\ntitle: 吉𠮷、刘䶮与𬌗氏：堃喆昇\n---\n\n| 名称 |\n|---|\n| 吉𠮷商行 |\n')).toEqual([]);
  });

  it('warns once per character and line, at its first place, counting the rest', () => {
    expect(report(checkUndrawable('---\ntitle: 老街𰻞𰻞面馆\n---\n正文\uE000。'))).toEqual([
      '2:10 warning 网站自带的字体里没有“𰻞”（U+30EDE）（本行共 2 处）',
      '4:3 warning 网站自带的字体里没有“\uE000”（U+E000）',
    ]);
  });

  it('never makes an error of it', () => {
    expect(checkUndrawable('\uE000\uE001🙂').every((f) => f.level === 'warning')).toBe(true);
  });
});
