import { describe, expect, it } from 'vitest';
import { listReportParts, partsFromHeadings } from './report-parts.ts';

describe('listReportParts', () => {
  it('lists the parts as the outline plugin heads them, with or without ##', () => {
    const body = '各位执委：\n\n## 一、2023年工作回顾\n\n（一）思想引领不断加强。全年举办讲堂6期。\n\n二、几点体会\n\n正文。\n\n## 三、2024年工作安排\n';
    expect(listReportParts(body)).toEqual(['一、2023年工作回顾', '二、几点体会', '三、2024年工作安排']);
  });

  it('lists nothing for a speech without an outline', () => {
    expect(listReportParts('同志们：\n\n今天我们召开座谈会。\n')).toEqual([]);
  });
});

describe('partsFromHeadings', () => {
  it('takes the second-level headings a rendered report reports', () => {
    expect(partsFromHeadings([{ depth: 2, text: '一、回顾' }, { depth: 3, text: '（一）思想引领。' }, { depth: 2, text: '二、安排' }])).toEqual(['一、回顾', '二、安排']);
  });
});
