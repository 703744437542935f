import { describe, expect, it } from 'vitest';
import { numbersFixture } from './numbers-fixture.ts';
import { computeYearNumbers, reportsByMeeting } from './year-numbers.ts';

const input = numbersFixture();

describe('computeYearNumbers', () => {
  it('draws the year’s charts in page order, leaving out a chart with nothing to show', () => {
    const numbers = computeYearNumbers(input, 2024, [2024, 2023]);
    expect(numbers.charts.map((c) => c.spec.title)).toEqual([
      '2024年受表彰对象（按区县）',
      '2024年受表彰对象（按奖项）',
      '2024年受表彰企业（按行业）',
      '2024年企业故事（按区县）',
      '2024年企业故事（按行业）',
    ]);
    expect(numbers.charts[3]!.spec.categories).toEqual(['锦南区', '未注明']);
  });

  it('lists the year’s reports by meeting, in date order', () => {
    expect(computeYearNumbers(input, 2024, [2024, 2023]).meetings.map((m) => [m.meeting, m.reports.map((r) => r.title)])).toEqual([
      ['十届四次执委会议', ['十届四次执委会议工作报告']],
      ['政企恳谈会', ['恳谈会发言']],
    ]);
  });
});

describe('reportsByMeeting', () => {
  it('puts two reports of one meeting together', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
    const reports = [
      { year: 2024, date: day('2024-01-25'), title: '工作报告', url: '/a/', meeting: '执委会议' },
      { year: 2024, date: day('2024-01-26'), title: '闭幕讲话', url: '/b/', meeting: '执委会议' },
    ];
    expect(reportsByMeeting(reports)).toEqual([{ meeting: '执委会议', reports }]);
  });
});
