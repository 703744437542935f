import { describe, expect, it } from 'vitest';
import { PLACES } from './places.ts';
import { themesOf } from './prose.ts';
import { createRandom } from './random.ts';
import { generateReport, renderReport, type ReportInput } from './reports.ts';

const county = PLACES[6] ?? { name: '临溪县', pinyin: 'linxi' };
const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  kind: 'zhiwei',
  date: new Date(Date.UTC(2019, 0, 18)),
  term: 10,
  session: 3,
  chair: '陈志明',
  county,
  context: { year: 2019, themes: themesOf(2019), enterpriseNames: ['锦川华瑞药业股份有限公司', '锦川鑫泰机械有限公司'] },
  ...overrides,
});
const random = createRandom(11);
const many = Array.from({ length: 60 }, (_, i) => generateReport(random, input({ session: i + 1 })));

describe('generateReport', () => {
  it('titles an executive committee report by term and session', () => {
    const report = generateReport(createRandom(1), input());
    expect(report.title).toBe('在市工商联十届三次执委会议上的工作报告');
    expect(report.fields['meeting']).toBe('第十届三次执委会议');
    expect(report.slugStem).toBe('zhiwei-10-3');
  });

  it('titles a county congress report after the county', () => {
    const report = generateReport(createRandom(1), input({ kind: 'county', term: 4 }));
    expect(report.title).toBe('在临溪县工商联第四次会员代表大会上的工作报告');
    expect(report.fields['organisation']).toBe('临溪县工商业联合会');
  });

  it('keeps every body between 5,000 and 20,000 characters', () => {
    for (const report of many) {
      expect(report.body.length).toBeGreaterThanOrEqual(5000);
      expect(report.body.length).toBeLessThanOrEqual(20000);
    }
  });

  it('numbers its parts 一、二、三 as level-two headings, starting with the year under review', () => {
    for (const report of many) {
      const headings = report.body.match(/^## .+$/gm) ?? [];
      expect(headings[0]).toBe('## 一、2019年工作回顾');
      expect(headings[1]).toMatch(/^## 二、/);
      expect(headings[2]).toMatch(/^## 三、/);
    }
  });

  it('opens sections with （一） paragraphs that carry 一是 and 二是 points', () => {
    for (const report of many) {
      expect(report.body).toMatch(/^（一）[^。]{4,14}。.+一是.+二是/m);
      expect(report.body).toMatch(/^（二）/m);
    }
  });

  it('uses 1． items and （1） sub-items somewhere across reports', () => {
    expect(many.some((r) => /^1．/m.test(r.body))).toBe(true);
    expect(many.some((r) => /^（1）/m.test(r.body))).toBe(true);
  });

  it('is written in Chinese: at least nine characters in ten are CJK or Chinese punctuation', () => {
    const text = many[0]?.body.replace(/^## /gm, '').replace(/\s/g, '') ?? '';
    const chinese = text.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”]/g) ?? [];
    expect(chinese.length / text.length).toBeGreaterThan(0.9);
  });
});

describe('renderReport', () => {
  it('writes the front matter fields the reports collection requires', () => {
    const file = renderReport(generateReport(createRandom(2), input()));
    expect(file).toMatch(/^---\ntitle: 在市工商联十届三次执委会议上的工作报告\ndate: 2019-01-18\nsummary: .+\nmeeting: 第十届三次执委会议\nspeaker: 主席 陈志明\n/);
  });
});
