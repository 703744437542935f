import { describe, expect, it } from 'vitest';
import { appendParagraph, mostCitedEnterprise, renameEnterprise } from './edits.ts';

describe('appendParagraph', () => {
  it('adds one paragraph after a blank line', () => {
    expect(appendParagraph('## 一、2019年工作回顾\n\n正文。\n')).toMatch(/^## 一、2019年工作回顾\n\n正文。\n\n（补记）.+。\n$/);
  });
});

describe('renameEnterprise', () => {
  it('turns a company into a group company and leaves the rest alone', () => {
    expect(renameEnterprise('name: 锦川华瑞药业股份有限公司\naliases: [华瑞药业]\n')).toBe('name: 锦川华瑞药业集团有限公司\naliases: [华瑞药业]\n');
  });

  it('renames a group company too (the large preset\'s most cited enterprise is one)', () => {
    expect(renameEnterprise('name: 桃源福航物流集团有限公司\n')).toBe('name: 桃源福航物流控股集团有限公司\n');
  });

  it('refuses YAML without a company name', () => {
    expect(() => renameEnterprise('county: 临溪县\n')).toThrow('no enterprise name');
  });
});

describe('mostCitedEnterprise', () => {
  it('picks the slug most stories list', () => {
    const stories = ['enterprises: [huarui-yaoye]', 'enterprises: [xintai-jixie, huarui-yaoye]', 'enterprises: [xintai-jixie]\n', 'enterprises: [huarui-yaoye]'];
    expect(mostCitedEnterprise(stories)).toBe('huarui-yaoye');
  });
});
