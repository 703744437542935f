import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeFields } from './content-fields.ts';
import { enterpriseSchema, honorSchema, pieceYear, readPublishState, reportSchema, storySchema } from './content-schemas.ts';

const SCHEMAS = { report: reportSchema, honor: honorSchema, story: storySchema(z.string()), enterprise: enterpriseSchema };
const report = { title: '在市工商联十届三次执委会议上的工作报告', date: '2024-01-18', summary: '回顾与部署。', meeting: '十届三次执委会议' };

describe('content schemas', () => {
  it('describe every field in Chinese, with a label and an example', () => {
    const described = Object.values(SCHEMAS).flatMap((schema) => describeFields(schema));
    expect(described.filter((f) => !f.label || !f.description || !f.example).map((f) => f.key)).toEqual([]);
  });

  it('know which fields are required by asking the schema itself', () => {
    expect(describeFields(reportSchema).filter((f) => f.required).map((f) => f.key)).toEqual(['title', 'date', 'summary', 'meeting']);
  });

  it('accept a complete report written as text, filling the defaults and reading the date in Beijing time', () => {
    const parsed = reportSchema.parse(report);
    expect([parsed.draft, parsed.tags, parsed.redirectFrom, parsed.date.toISOString()]).toEqual([false, [], [], '2024-01-17T16:00:00.000Z']);
  });

  it('keep a title exactly as written', () => {
    expect(reportSchema.parse({ ...report, title: '1.10' }).title).toBe('1.10');
  });

  it('read true/false, digits and a zone-less moment as written', () => {
    const parsed = reportSchema.parse({ ...report, draft: 'true', year: '2024', publishAt: '2024-02-01T09:00' });
    expect([parsed.draft, parsed.year, parsed.publishAt?.toISOString()]).toEqual([true, 2024, '2024-02-01T01:00:00.000Z']);
  });

  it('reject a year that disagrees with the date, on the year field, in Chinese', () => {
    const result = reportSchema.safeParse({ ...report, year: '2023' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['year', '“year”（年份）2023 与“date”（日期）的年份 2024 不一致']]);
  });

  it('give a piece dated early on 1 January in Beijing that year, not the UTC one', () => {
    expect(pieceYear(reportSchema.parse({ ...report, date: '2025-01-01T07:30:00+08:00' }))).toBe(2025);
  });

  it('read the publishing switches of front matter as written', () => {
    expect(readPublishState({ draft: 'false', publishAt: '2025-01-01T08:00' })).toEqual({ draft: false, publishAt: new Date('2025-01-01T00:00:00Z') });
  });
});
