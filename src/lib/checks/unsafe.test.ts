import { describe, expect, it } from 'vitest';
import { remarkOutline } from '../remark-outline.ts';
import { parseMarkdownTree } from './markdown.ts';
import { checkUnsafe, urlScheme } from './unsafe.ts';

const check = (body: string, firstLine = 1) => checkUnsafe(parseMarkdownTree(body), body, firstLine);
const brief = (body: string) => check(body).map((f) => `${f.line}:${f.column} ${f.level} ${f.message}`);

describe('checkUnsafe', () => {
  it('reports a script tag at its line, counted from the start of the file', () => {
    expect(check('正文\n\n<script src="x.js"></script>', 8)).toEqual([{ line: 10, column: 1, level: 'error', code: 'unsafe-html', message: '正文里不允许写 <script>（脚本），请删除' }]);
  });

  it('reports javascript: however it is spelled: entities, a tab inside, upper case, a Markdown link target', () => {
    const spellings = ['<a href="&#106;avascript:alert(1)">甲</a>', '<a href="&#x6A;avascript&colon;alert(1)">乙</a>', '<a href="java\tscript:alert(1)">丙</a>', '<a href="JAVASCRIPT:alert(1)">丁</a>', '[戊](javascript:alert(1))'];
    // Raw HTML is reported at the attribute, a Markdown link at the link.
    expect(spellings.flatMap(brief)).toEqual([4, 4, 4, 4, 1].map((column) => `1:${column} error 不允许的链接协议“javascript:”，请改成 https:// 网址`));
  });

  it('reports a vbscript: reference definition where the link uses it', () => {
    expect(brief('见[附件][a]。\n\n[a]: vbscript:msgbox(1)')).toEqual(['1:2 error 不允许的链接协议“vbscript:”，请改成 https:// 网址']);
  });

  it('reports an event handler written on the line after its tag at its own line', () => {
    expect(brief('<img src="/logo.svg" alt="会徽"\n  onerror="alert(1)">')).toEqual(['2:3 error HTML 标签里不允许写“onerror”这样的事件属性（会运行脚本），请删除']);
  });

  it('reports images and style sheets from other hosts', () => {
    expect(brief('![统计](https://t.example.com/p.gif)\n\n<link rel="stylesheet" href="https://cdn.example.com/a.css">')).toEqual([
      '1:1 error 不能引用其他网站的图片“https://t.example.com/p.gif”，请把图片下载后放在文章旁边，用 ![图片说明](./图片.jpg) 插入',
      '3:1 error 正文里不允许写 <link>（引用外部样式表或文件），请删除',
    ]);
  });

  it('reports inline SVG, and nothing again for the script inside it', () => {
    expect(brief('<svg><script>alert(1)</script></svg>')).toEqual(['1:1 error 正文里不允许直接写 <svg> 图形，请把图片存成 PNG 或 JPG 文件，再用 ![图片说明](./图片.png) 插入']);
  });

  it('warns about formatting that is only dropped, keeping the text', () => {
    expect(brief('<font color="red">重要</font>通知，<a href="https://www.gov.cn/" target="_blank">原文</a>')).toEqual([
      '1:1 warning 网站不支持 HTML 标签 <font>，发布时会去掉这个标签、只保留其中的文字',
      '1:61 warning 网站不支持 HTML 属性“target”，发布时会去掉',
    ]);
  });

  it('says nothing about HTML comments (they are dropped) or what editors legitimately write', () => {
    const body = '正文<!-- 联系人 13800138000 -->\n\n| 名称 | 数量 |\n| --- | ---: |\n| 甲 | 1 |\n\nH<sub>2</sub>O 10<sup>3</sup><br>\n\n![车间](./a.jpg) <img src="/logo.svg" alt="会徽"> [邮件](mailto:a@b.cn) [电话](tel:0571-1)';
    expect(check(body)).toEqual([]);
  });

  it('keeps the outline anchors of a report (s1, s1-2)', () => {
    const body = '## 一、总体要求\n\n（一）服务企业。正文。\n\n（二）优化环境。正文。';
    const tree = parseMarkdownTree(body);
    remarkOutline()(tree, { path: '/reports/2024/x.md' });
    expect(checkUnsafe(tree, body, 1)).toEqual([]);
  });
});

describe('urlScheme', () => {
  it('reads the scheme the way a browser does', () => {
    expect([' Java\tScript:x', 'https://a.cn', './a:b', 'mailto:a@b.cn'].map(urlScheme)).toEqual(['javascript:', 'https:', undefined, 'mailto:']);
  });
});
