import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('blanks code so that text in code is not checked', () => {
    expect(parseMarkdown('文字 `a×b` 文字').words).toBe('文字       文字');
  });

  it('blanks a link target but keeps the link text', () => {
    expect(parseMarkdown('[XX商会](/x/XX/)').words).toBe('[XX商会         ');
  });

  it('keeps every line where it was', () => {
    const body = '第一段\n\n```\n代码\n```\n\n第二段';
    expect(parseMarkdown(body).prose.split('\n')).toHaveLength(body.split('\n').length);
  });

  it('blanks exactly the code after characters beyond the BMP, which count two UTF-16 units', () => {
    expect(parseMarkdown('吉𠮷、𠮷在 `X届X次` 会上讲话。').words).toBe(`吉𠮷、𠮷在${' '.repeat(8)}会上讲话。`);
  });
});
