import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks.ts';

describe('htmlToBlocks', () => {
  it('reads paragraphs and headings as lines', () => {
    expect(htmlToBlocks('<h1>在市工商联十届三次执委会议上的工作报告</h1><p>一、工作回顾</p>').blocks.map((b) => b.type === 'text' && b.text)).toEqual([
      '在市工商联十届三次执委会议上的工作报告',
      '一、工作回顾',
    ]);
  });

  it('keeps a table’s rows and cells', () => {
    const { blocks } = htmlToBlocks('<table><tr><td><p>名称</p></td><td><p>地区</p></td></tr><tr><td><p>临溪县工商联</p></td><td><p>临溪县</p></td></tr></table>');
    expect(blocks).toEqual([{ type: 'table', rows: [['名称', '地区'], ['临溪县工商联', '临溪县']], line: 1 }]);
  });

  it('keeps external links as Markdown links', () => {
    expect(htmlToBlocks('<p>详见<a href="https://www.example.cn/a?b=1&amp;c=2">通知</a>。</p>').blocks[0]).toEqual({
      type: 'text',
      text: '详见[通知](https://www.example.cn/a?b=1&c=2)。',
      line: 1,
    });
  });

  it('drops images and counts them', () => {
    expect(htmlToBlocks('<p><img src="data:image/png;base64,AAA" />车间</p>')).toEqual({ blocks: [{ type: 'text', text: '车间', line: 1 }], droppedImages: 1 });
  });

  it('decodes entities and keeps a > or < in the text, as a Word file can hold them', () => {
    expect(htmlToBlocks('<p>A&amp;B &#26631;&#x9898; &lt;p&gt; A>B 吉&#x20BB7;</p>').blocks[0]).toEqual({ type: 'text', text: 'A&B 标题 <p> A>B 吉𠮷', line: 1 });
  });

  it('reads a link whose address holds a > without losing the paragraph', () => {
    expect(htmlToBlocks('<p>见<a href="https://www.example.cn/?q=a>b">链接</a>。</p><p>下一段</p>').blocks.map((b) => b.type === 'text' && b.text)).toEqual(['见[链接](https://www.example.cn/?q=a>b)。', '下一段']);
  });
});
