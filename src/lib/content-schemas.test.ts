import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELDS } from './checks/fields.ts';
import { enterpriseSchema, honorSchema, reportSchema, storySchema } from './content-schemas.ts';

const SCHEMAS = { report: reportSchema, honor: honorSchema, story: storySchema(z.string()), enterprise: enterpriseSchema };

describe('content schemas', () => {
  it('describe exactly the fields the editors’ checker and scaffolding know, for every kind', () => {
    for (const [kind, schema] of Object.entries(SCHEMAS)) {
      const checker = FIELDS[kind as keyof typeof FIELDS].map((f) => f.key).sort();
      expect([kind, Object.keys(schema.shape).sort()]).toEqual([kind, checker]);
    }
  });

  it('describe every field in Chinese', () => {
    const undescribed = Object.entries(SCHEMAS).flatMap(([kind, schema]) =>
      Object.entries(schema.shape as Record<string, z.ZodType>)
        .filter(([, field]) => !field.description)
        .map(([key]) => `${kind}.${key}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('accept a complete report and fill the defaults', () => {
    const report = reportSchema.parse({ title: '在市工商联十届三次执委会议上的工作报告', date: '2024-01-18', summary: '回顾与部署。', meeting: '十届三次执委会议' });
    expect([report.draft, report.tags, report.redirectFrom, report.date.toISOString()]).toEqual([false, [], [], '2024-01-18T00:00:00.000Z']);
  });

  it('reject a year that disagrees with the date, on the year field, in Chinese', () => {
    const result = reportSchema.safeParse({ title: '报告', date: '2024-01-18', year: 2023, summary: '摘要', meeting: '会议' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['year', '“年份”与“日期”的年份不一致']]);
  });
});
