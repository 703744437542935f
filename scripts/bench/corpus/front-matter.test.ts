import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toMarkdown, toYaml, toYamlScalar } from './front-matter.ts';

describe('toYamlScalar', () => {
  it('leaves plain Chinese text unquoted', () => {
    expect(toYamlScalar('在市工商联十届三次执委会议上的工作报告')).toBe('在市工商联十届三次执委会议上的工作报告');
  });

  it('quotes text with an ASCII colon, quote or leading digit', () => {
    expect(toYamlScalar('华瑞药业: 战疫一线')).toBe('"华瑞药业: 战疫一线"');
    expect(toYamlScalar('2019年度名单')).toBe('"2019年度名单"');
  });

  it('keeps a title that opens with Chinese quotation marks unquoted', () => {
    expect(toYamlScalar('“万企帮万村”先进名单')).toBe('“万企帮万村”先进名单');
  });

  it('quotes words YAML would read as booleans', () => {
    expect(toYamlScalar('yes')).toBe('"yes"');
  });
});

describe('toYaml', () => {
  it('writes keys in order, lists in flow style and skips undefined values', () => {
    expect(toYaml({ title: '表彰名单', issuers: ['锦川市工商联', '市委统战部'], documentNumber: undefined, founded: 1998 })).toBe(
      'title: 表彰名单\nissuers: [锦川市工商联, 市委统战部]\nfounded: 1998\n',
    );
  });

  it('writes dates bare, as editors do', () => {
    expect(toYaml({ date: new Date(Date.UTC(2019, 0, 18)) })).toBe('date: 2019-01-18\n');
  });

  it('round-trips through a YAML parser', () => {
    const fields = { title: 'a: “引号”', tags: ['营商环境', 'no'], summary: '摘要，含逗号' };
    expect(parse(toYaml(fields))).toEqual(fields);
  });
});

describe('toMarkdown', () => {
  it('wraps the fields in --- lines and ends the body with one newline', () => {
    expect(toMarkdown({ title: '标题' }, '正文。\n\n')).toBe('---\ntitle: 标题\n---\n\n正文。\n');
  });
});
