import { describe, expect, it } from 'vitest';
import { latestAcross, pickFeatured } from './front-page.ts';

const piece = (title: string, date: string, cover?: string) => ({ title, date: new Date(`${date}T00:00:00+08:00`), ...(cover ? { cover } : {}) });

describe('latestAcross', () => {
  it('takes the newest pieces of every list together, newest first', () => {
    const reports = [piece('十届四次执委会议工作报告', '2024-01-25'), piece('新生代企业家培训班讲话', '2025-03-06')];
    const stories = [piece('华瑞药业中药材基地', '2025-02-10'), piece('绿野食品光彩助学', '2024-05-20')];
    expect(latestAcross([reports, stories], 3).map((p) => p.title)).toEqual(['新生代企业家培训班讲话', '华瑞药业中药材基地', '绿野食品光彩助学']);
  });

  it('returns fewer when there are fewer', () => {
    expect(latestAcross([[piece('唯一一篇', '2024-01-01')], []], 6)).toHaveLength(1);
  });
});

describe('pickFeatured', () => {
  it('features the newest story that has a lead image', () => {
    const stories = [piece('没有图的新故事', '2025-02-10'), piece('有图的故事', '2024-05-20', 'cover.png'), piece('更早有图的故事', '2023-05-20', 'old.png')];
    expect(pickFeatured(stories)?.title).toBe('有图的故事');
  });

  it('falls back to the newest story when none has an image, and to nothing without stories', () => {
    expect(pickFeatured([piece('旧故事', '2023-01-01'), piece('新故事', '2024-01-01')])?.title).toBe('新故事');
    expect(pickFeatured([])).toBeUndefined();
  });
});
