import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './checks/markdown.ts';
import { checkMdx, mdxSyntaxFinding } from './mdx-policy.ts';

const check = (body: string) => checkMdx(parseMarkdownTree(body, true), body, 1).map((f) => `${f.line}:${f.column} ${f.level} ${f.message}`);

describe('checkMdx', () => {
  it('refuses import and export at their lines', () => {
    expect(check("import fs from 'node:fs'\n\n正文\n\nexport const k = process.env.HOME")).toEqual([
      '1:1 error MDX 文件里不允许写 import（引入代码或文件），请删除这一行；图片请用 ![图片说明](./图片.jpg)',
      '5:1 error MDX 文件里不允许写 export（代码），请删除',
    ]);
  });

  it('refuses expressions in text and in attributes, and spread attributes', () => {
    expect(check('主机：{process.env.HOSTNAME}\n\n<Note title={process.env.HOME} {...props}>甲</Note>')).toEqual([
      '1:4 error MDX 文件里不允许写 { } 表达式（代码），请删除；要写花括号本身，请写成 \\{ 和 \\}',
      '3:1 error 属性“title”的值只能写成带引号的文字，例如 title="……"，不能写 { }',
      '3:1 error 不允许写 {…} 属性（代码），请删除',
    ]);
  });

  it('refuses directives such as set:html, on components and on HTML elements', () => {
    expect(check('<div set:html="<script>alert(1)</script>" />')).toEqual(['1:1 error 不允许写“set:html”这样的指令属性（它会把文字当作代码或 HTML 插入），请删除']);
  });

  it('refuses an unknown component with a did-you-mean, and member or fragment tags', () => {
    expect(check('<Notes>甲</Notes>\n\n<x.y>乙</x.y>\n\n<>丙</>')).toEqual([
      '1:1 error 不认识的组件 <Notes>，是不是 <Note>？；可用的组件见编辑指南“MDX 组件”一节',
      '3:1 error MDX 文件里不允许写 <x.y> 这种标签，请删除',
      '5:1 error MDX 文件里不允许写 <> 空标签，请删除',
    ]);
  });

  it('checks our components’ props: known names, required ones, fixed choices', () => {
    expect(check('<Note tone="紧急" color="red">甲</Note>\n\n<Figure>乙</Figure>')).toEqual([
      '1:1 error 属性“tone”只能写 “提示”或“注意”',
      '1:1 error 组件 <Note> 没有“color”这个属性，可用的属性：title、tone',
      '3:1 error 组件 <Figure> 必须写“caption”属性，例如 caption="……"',
    ]);
  });

  it('judges lower-case elements and Markdown by the HTML policy', () => {
    expect(check('<img src="x.png" alt="甲" onError="alert(1)" />\n\n[乙](javascript:alert(1))')).toEqual([
      '1:26 error HTML 标签里不允许写“onerror”这样的事件属性（会运行脚本），请删除',
      '3:1 error 不允许的链接协议“javascript:”，请改成 https:// 网址',
    ]);
  });

  it('accepts our components with their props and Markdown inside', () => {
    expect(check('<Note title="办理提示" tone="注意">\n\n请于3月31日前**提交**。\n\n</Note>\n\n<Figure caption="冷链车">\n\n![冷链车](./a.png)\n\n</Figure>')).toEqual([]);
  });
});

describe('mdxSyntaxFinding', () => {
  it('turns the MDX parser’s complaint about an HTML comment into one Chinese line at its place', () => {
    let error: unknown;
    try {
      parseMarkdownTree('正文\n\n甲<!-- 备注 -->', true);
    } catch (caught) {
      error = caught;
    }
    expect(mdxSyntaxFinding(error, 8)).toEqual({
      line: 10,
      column: 3,
      level: 'error',
      code: 'mdx-syntax',
      message: 'MDX 写法有误：这里有不能出现的字符。MDX 里 < 和 { 有特殊含义：要写小于号请写 &lt;，要写花括号请写 \\{；HTML 注释 <!-- --> 不能用',
    });
  });
});
