import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createScaffold, formatChinaDate, renderFields } from './scaffold.ts';

const evening = new Date('2024-01-18T20:00:00Z');
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('formatChinaDate', () => {
  it('uses the date in China, not UTC', () => {
    expect(formatChinaDate(evening)).toBe('2024-01-19');
  });
});

describe('createScaffold', () => {
  it('puts a report in its year folder under a pinyin slug', () => {
    expect(createScaffold('report', '在市工商联十届三次执委会议上的工作报告', evening).rel).toBe('reports/2024/zai-shi-gong-shang-lian-shi-jie-san-ci-zhi-wei-hui-yi-shang.md');
  });

  it('fills title and today’s date and leaves required fields empty for the checker to flag', () => {
    expect(frontMatter(createScaffold('report', '在市工商联十届三次执委会议上的工作报告', evening).text)).toEqual({
      title: '在市工商联十届三次执委会议上的工作报告',
      meeting: '',
      date: '2024-01-19',
      summary: '',
      tags: [],
      draft: false,
      redirectFrom: [],
    });
  });

  it('explains every field of a story in Chinese, optional ones commented out', () => {
    const text = createScaffold('story', '华瑞药业春节加班保供应', evening).text;
    expect(['enterprises:', '# county:', '# industry:', '# author:', '# cover:', '# publishAt:', 'redirectFrom: []'].every((key) => text.includes(key))).toBe(true);
  });

  it('creates an enterprise as a YAML file named after its pinyin', () => {
    const scaffold = createScaffold('enterprise', '云雾茶业', evening);
    expect([scaffold.rel, parse(scaffold.text)]).toEqual(['enterprises/yun-wu-cha-ye.yaml', { name: '云雾茶业', aliases: [], county: '', industry: '', profile: '' }]);
  });

  it('writes body hints the checker reports until they are replaced', () => {
    expect(createScaffold('story', '标题', evening).text).toContain('（此处填写文章正文，每段之间空一行）');
  });
});

describe('renderFields', () => {
  it('quotes a value YAML would otherwise misread', () => {
    expect(renderFields('enterprise', { name: '锦川: 华瑞' }).split('\n')[0]).toBe('name: "锦川: 华瑞"  # 企业全称');
  });
});

describe('createScaffold for 大事记', () => {
  it('writes this year’s events file with a first event dated today', () => {
    const scaffold = createScaffold('event', '召开全市民营经济发展大会', evening);
    expect(scaffold.rel).toBe('events/2024.yaml');
    expect(parse(scaffold.text)).toEqual({ events: [{ date: '2024-01-19', title: '召开全市民营经济发展大会' }] });
  });
});
