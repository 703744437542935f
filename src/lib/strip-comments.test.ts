import { describe, expect, it } from 'vitest';
import { stripHtmlComments } from './strip-comments.ts';

const head = '---\ntitle: 锦川市工商联2024年工作要点\ndate: 2024-02-01\n---\n';

describe('stripHtmlComments', () => {
  it('removes a comment inside a paragraph, keeping the text around it', () => {
    expect(stripHtmlComments(`${head}正文第一段<!-- 联系人 王科长 13800138000 -->。\n`)).toBe(`${head}正文第一段。\n`);
  });

  it('removes a comment block over several lines, also inside a quote', () => {
    const body = '甲\n\n<!--\n待核实：\n13800138000\n-->\n\n> 引文\n> <!-- 内部\n> 备注 -->\n\n乙\n';
    expect(stripHtmlComments(head + body)).toBe(`${head}甲\n\n\n\n> 引文\n> \n\n乙\n`);
  });

  it('keeps comments written as code, and leaves a file without comments as it was', () => {
    const body = '示例：`<!-- 注释 -->`\n\n```html\n<!-- 代码里的注释 -->\n```\n';
    expect(stripHtmlComments(head + body)).toBe(head + body);
  });

  it('removes a comment inside raw HTML and keeps the element', () => {
    expect(stripHtmlComments(`${head}<div>通知<!-- 13800138000 --></div>\n`)).toBe(`${head}<div>通知</div>\n`);
  });

  it('leaves front matter alone and handles Windows line ends', () => {
    const source = '---\r\ntitle: "<!-- 标题 -->"\r\n---\r\n正文<!-- x -->。\r\n';
    expect(stripHtmlComments(source)).toBe('---\r\ntitle: "<!-- 标题 -->"\r\n---\r\n正文。\r\n');
  });
});
