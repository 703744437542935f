import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('buildTimeline', () => {
  it('puts pieces and events in date order, oldest first', () => {
    const timeline = buildTimeline(
      [
        { date: day('2024-04-22'), title: '第四届优秀建设者', url: '/honors/2024/youxiu/', label: '表彰名单' },
        { date: day('2024-01-25'), title: '十届四次执委会议工作报告', url: '/reports/2024/zhiwei/', label: '工作报告' },
      ],
      [{ date: day('2024-03-01'), title: '启动“万家民营企业评营商环境”活动' }],
      '大事',
    );
    expect(timeline.map((e) => [e.title, e.label])).toEqual([
      ['十届四次执委会议工作报告', '工作报告'],
      ['启动“万家民营企业评营商环境”活动', '大事'],
      ['第四届优秀建设者', '表彰名单'],
    ]);
  });

  it('lists the events of a day before its pieces, events in the order written, a link only where one is given', () => {
    const timeline = buildTimeline(
      [{ date: day('2023-06-16'), title: '总结表彰暨推进会讲话', url: '/reports/2023/tuijinhui/', label: '工作报告' }],
      [
        { date: new Date('2023-06-16T09:30:00+08:00'), title: '召开总结表彰暨推进会', link: '/reports/2023/tuijinhui/' },
        { date: day('2023-06-16'), title: '发布帮扶成果展' },
      ],
      '大事',
    );
    expect(timeline.map((e) => [e.title, e.url])).toEqual([
      ['召开总结表彰暨推进会', '/reports/2023/tuijinhui/'],
      ['发布帮扶成果展', undefined],
      ['总结表彰暨推进会讲话', '/reports/2023/tuijinhui/'],
    ]);
  });
});
