import { describe, expect, it } from 'vitest';
import { cleanLine, textToBlocks } from './blocks.ts';

describe('cleanLine', () => {
  it('drops indentation, zero-width characters and trailing spaces', () => {
    expect(cleanLine('　　各位执委：\u200B  ')).toBe('各位执委：');
  });
});

describe('textToBlocks', () => {
  it('makes one block per non-empty line and remembers its line number', () => {
    expect(textToBlocks('标题\n\n正文')).toEqual([
      { type: 'text', text: '标题', line: 1 },
      { type: 'text', text: '正文', line: 3 },
    ]);
  });

  it('turns tab-separated lines into a table', () => {
    expect(textToBlocks('名单如下\n名称\t地区\n锦川华瑞药业股份有限公司\t临溪县')).toEqual([
      { type: 'text', text: '名单如下', line: 1 },
      { type: 'table', rows: [['名称', '地区'], ['锦川华瑞药业股份有限公司', '临溪县']], line: 2 },
    ]);
  });
});
