import { describe, expect, it } from 'vitest';
import { beijingTimestamp, buildJsonFeed } from './json-feed.ts';

describe('beijingTimestamp', () => {
  it('writes the moment in RFC 3339 with the +08:00 offset', () => {
    expect(beijingTimestamp(new Date('2024-01-24T16:00:00Z'))).toBe('2024-01-25T00:00:00+08:00');
  });
});

describe('buildJsonFeed', () => {
  const site = { name: '锦川市工商联', baseUrl: 'https://www.jcgsl.example.cn', description: '信息发布平台' };
  const piece = { url: '/reports/2024/zhiwei/', title: '工作报告', summary: '回顾2023年。', date: new Date('2024-01-25T00:00:00+08:00'), tags: ['执委会议'] };
  const feed = buildJsonFeed(site, '锦川市工商联：工作报告与企业故事', '/feed.json', [piece], () => '工作报告');

  it('has the JSON Feed 1.1 top level: version, title, home page and feed URLs, language, authors', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: '锦川市工商联：工作报告与企业故事',
      home_page_url: 'https://www.jcgsl.example.cn/',
      feed_url: 'https://www.jcgsl.example.cn/feed.json',
      language: 'zh-CN',
      authors: [{ name: '锦川市工商联', url: 'https://www.jcgsl.example.cn/' }],
    });
  });

  it('gives every item an id, a URL, text content and a date, the kind first among its tags', () => {
    expect(feed.items).toEqual([
      {
        id: 'https://www.jcgsl.example.cn/reports/2024/zhiwei/',
        url: 'https://www.jcgsl.example.cn/reports/2024/zhiwei/',
        title: '工作报告',
        summary: '回顾2023年。',
        content_text: '回顾2023年。',
        date_published: '2024-01-25T00:00:00+08:00',
        tags: ['工作报告', '执委会议'],
      },
    ]);
  });
});
