import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from './front-matter.ts';
import { checkFields } from './schema.ts';

const report = (yaml: string) => checkFields('report', parseYamlWithPositions(yaml, 2));
const complete = 'title: 在市工商联十届三次执委会议上的工作报告\nmeeting: 第十届三次执委会议\ndate: 2024-01-18\nsummary: 回顾2023年工作。\n';

describe('checkFields', () => {
  it('accepts a complete report', () => {
    expect(report(complete)).toEqual([]);
  });

  it('names a missing required field and shows an example', () => {
    expect(report(complete.replace(/meeting.*\n/, ''))).toEqual([
      { line: 2, column: 1, level: 'error', code: 'field-missing', message: '缺少必填字段“meeting”（会议），例如 meeting: 第十届三次执委会议' },
    ]);
  });

  it('reports an empty required field at its value', () => {
    expect(report(complete.replace('summary: 回顾2023年工作。', 'summary: ""'))[0]?.message).toBe('“summary”（摘要）不能为空，请填写，例如 回顾2023年工作，部署2024年任务。');
  });

  it('rejects a date written with slashes', () => {
    expect(report(complete.replace('2024-01-18', '2024/1/18'))[0]?.message).toBe('“date”（日期）不是有效日期，请写成 2024-01-18 的形式');
  });

  it('rejects a year that disagrees with the date', () => {
    expect(report(`${complete}year: 2023\n`)).toEqual([
      { line: 6, column: 7, level: 'error', code: 'year-mismatch', message: '“year”（年份）2023 与“date”（日期）的年份 2024 不一致' },
    ]);
  });

  it('reports a field written as a list where text belongs at its own line', () => {
    expect(report(complete.replace('meeting: 第十届三次执委会议', 'meeting: [主席会议, 常委会议]'))).toEqual([
      { line: 3, column: 10, level: 'error', code: 'field-type', message: '“meeting”（会议）应当是一段文字' },
    ]);
  });

  it('rejects draft written as yes', () => {
    expect(report(`${complete}draft: yes\n`)[0]?.message).toBe('“draft”（草稿）只能写 true 或 false');
  });

  it('rejects an empty optional field instead of letting the build fail on null', () => {
    expect(report(`${complete}speaker:\n`)[0]?.message).toBe('“speaker”（报告人）是空的；不用这个字段时请整行删掉');
  });

  it('warns about an unknown key and suggests the closest field', () => {
    expect(report(`${complete}sumary: x\n`)[0]?.message).toBe('不认识的字段“sumary”，是不是“summary”？');
  });

  it('requires alt text for a story cover', () => {
    const yaml = parseYamlWithPositions('title: 华瑞药业加班保供\ndate: 2024-02-15\nsummary: 保供应。\ncover:\n  src: ./cover.jpg\n', 2);
    expect(checkFields('story', yaml)[0]?.message).toBe('缺少必填字段“alt”（封面图说明），例如 alt: 车间里的生产线');
  });

  it('keeps a numeric title as the text written', () => {
    expect(report(complete.replace(/^title: .*$/m, 'title: 2024'))).toEqual([]);
  });

  it('requires at least one issuer for an honour list', () => {
    const yaml = parseYamlWithPositions('title: 先进民营企业\nissuers: []\ndate: 2024-03-12\nsummary: 表彰。\n', 2);
    expect(checkFields('honor', yaml)[0]?.message).toBe('“issuers”（表彰单位）至少要写一项');
  });

  it('checks an enterprise website', () => {
    const yaml = parseYamlWithPositions('name: 锦川华瑞药业股份有限公司\ncounty: 临溪县\nindustry: 医药制造\nprofile: 简介。\nwebsite: www.huarui\n', 1);
    expect(checkFields('enterprise', yaml)[0]?.message).toBe('“website”（网站）不是有效网址，应以 https:// 开头');
  });
});
