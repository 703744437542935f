import { describe, expect, it } from 'vitest';
import { readPost, renderPost } from './convert-posts.ts';

const report = '---\ntitle: 在市工商联十届三次执委会议上的工作报告\ndate: 2019-01-18\nsummary: 摘要。\nmeeting: 第十届三次执委会议\ntags: [营商环境]\n---\n\n各位执委、同志们：\n\n## 一、2018年工作回顾\n';

describe('readPost', () => {
  it('keeps title, date and body and drops the other fields', () => {
    expect(readPost(report)).toEqual({ title: '在市工商联十届三次执委会议上的工作报告', date: '2019-01-18', body: '各位执委、同志们：\n\n## 一、2018年工作回顾\n' });
  });

  it('refuses a file without front matter', () => {
    expect(() => readPost('正文')).toThrow('no front matter');
  });
});

describe('renderPost', () => {
  it('writes a quoted title and a bare date', () => {
    expect(renderPost({ title: '华瑞药业：把车间搬到村口', date: '2020-03-05', body: '正文。\n' })).toBe(
      '---\ntitle: "华瑞药业：把车间搬到村口"\ndate: 2020-03-05\n---\n\n正文。\n',
    );
  });
});
