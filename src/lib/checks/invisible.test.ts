import { describe, expect, it } from 'vitest';
import { checkInvisible, checkPunctuation } from './invisible.ts';

describe('checkInvisible', () => {
  it('reports a BOM at the start of the file', () => {
    expect(checkInvisible('\uFEFF---\ntitle: 报告\n---\n')).toEqual([
      { line: 1, column: 1, level: 'error', code: 'bom', message: '文件开头有看不见的 BOM 标记，请在编辑器里另存为“UTF-8（无 BOM）”' },
    ]);
  });

  it('reports zero-width characters once per line with their count', () => {
    expect(checkInvisible('正文\n全市\u200B商会\u200B换届')).toEqual([
      { line: 2, column: 3, level: 'error', code: 'zero-width', message: '看不见的零宽字符（U+200B）（本行共 2 处），会影响搜索和复制，请删除' },
    ]);
  });

  it('warns about non-breaking spaces', () => {
    expect(checkInvisible('会长\u00A0王明').map((f) => [f.level, f.code, f.column])).toEqual([['warning', 'nbsp', 3]]);
  });

  it('leaves the ideographic space used for indentation alone', () => {
    expect(checkInvisible('国务院总理　李强')).toEqual([]);
  });
});

describe('checkPunctuation', () => {
  it('warns about a half-width comma between Chinese words', () => {
    expect(checkPunctuation('围绕中心,服务大局', 5)).toEqual([
      { line: 5, column: 5, level: 'warning', code: 'half-width-punct', message: '中文句子里用了半角“,”，应改为全角“，”' },
    ]);
  });

  it('warns about half-width parentheses around Chinese words', () => {
    expect(checkPunctuation('企业家副主席(副会长)轮值制度', 1).map((f) => f.message)).toEqual(['中文句子里用了半角括号“()”，应改为全角“（）”']);
  });

  it('leaves commas in numbers and English alone', () => {
    expect(checkPunctuation('营业收入1,234万元，Hello, world', 1)).toEqual([]);
  });
});
