import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_GUIDE_END, FIELD_GUIDE_START, renderFieldGuide, updateFieldGuide } from './field-guide.ts';

describe('the field tables of the editors’ guide', () => {
  it('are exactly what the content schemas say (run npm run docs:fields after changing a field)', () => {
    const guide = readFileSync(new URL('../../docs/编辑指南.md', import.meta.url), 'utf8');
    expect(guide).toBe(updateFieldGuide(guide));
  });

  it('list a report’s own fields with whether they are required and an example', () => {
    expect(renderFieldGuide()).toContain('### 工作报告另有\n\n| 字段 | 中文名 | 必填 | 说明 | 例子 |\n| --- | --- | --- | --- | --- |\n| meeting | 会议 | 是 | 会议名称 | 第十届三次执委会议 |');
  });

  it('replace only what lies between the markers', () => {
    expect(updateFieldGuide(`前言\n${FIELD_GUIDE_START}\n旧表\n${FIELD_GUIDE_END}\n后记`)).toMatch(new RegExp(`^前言\\n${FIELD_GUIDE_START}\\n\\n### 所有报告[\\s\\S]*\\n\\n${FIELD_GUIDE_END}\\n后记$`));
  });
});
