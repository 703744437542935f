import { describe, expect, it } from 'vitest';
import { buildNameTable, namePinyin, readPageNames } from './name-table.ts';

describe('namePinyin', () => {
  it('gives one syllable per character, polyphones read in context and ü as v', () => {
    expect(namePinyin('长沙银行行长')).toBe('chang sha yin hang hang zhang');
    expect(namePinyin('吕梁2号')).toBe('lv liang 2 hao');
  });
});

describe('readPageNames', () => {
  const page =
    '<html><head><title>不算</title></head><body><h1>页头不算</h1><main><div data-pagefind-body><div hidden data-pagefind-ignore>' +
    '<span data-search-name="华瑞股份"></span><span data-search-name="锦川制药厂"></span></div>' +
    '<h1>锦川华瑞<em>药业</em>股份有限公司</h1><p>正文<script>var x = "脚本";</script></p></div></main></body></html>';

  it('reads the indexed title and the declared names, not the header', () => {
    expect(readPageNames(page).names).toEqual(['锦川华瑞药业股份有限公司', '华瑞股份', '锦川制药厂']);
  });

  it('collects the characters the page shows, never those of a script', () => {
    const { chars } = readPageNames(page);
    expect([chars.has('正'), chars.has('脚')]).toEqual([true, false]);
  });

  it('gives no names for a page without an indexed region', () => {
    expect(readPageNames('<html><body><h1>首页</h1></body></html>').names).toEqual([]);
  });
});

describe('buildNameTable', () => {
  it('keeps each name once, with its syllables', () => {
    expect(buildNameTable(['华瑞药业', ' 华瑞药业 ', '邵敏'])).toEqual([
      ['华瑞药业', 'hua rui yao ye'],
      ['邵敏', 'shao min'],
    ]);
  });
});
