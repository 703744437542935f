import { describe, expect, it } from 'vitest';
import type { ShareData } from '../share/types.ts';
import { planArchives, type BuiltPage } from './plan-archives.ts';

const page = (htmlFile: string, share: Partial<ShareData> & Pick<ShareData, 'kind'>): BuiltPage => ({
  htmlFile,
  share: { title: '标题', description: '', pagePath: `/${htmlFile.replace(/index\.html$/, '')}`, ...share },
});
const piece = (kind: 'report' | 'honor' | 'story', folder: string, slug: string, date: string, title: string) =>
  page(`${folder}/${date.slice(0, 4)}/${slug}/index.html`, { kind, date, year: Number(date.slice(0, 4)), title, source: `content/${folder}/${date.slice(0, 4)}/${slug}.md` });

const site: BuiltPage[] = [
  page('index.html', { kind: 'home' }),
  page('years/2024/index.html', { kind: 'year', year: 2024 }),
  page('years/2023/index.html', { kind: 'year', year: 2023 }),
  piece('story', 'stories', 'lvye', '2024-08-20', '绿野农业的冷链新路'),
  piece('report', 'reports', 'changwei', '2024-01-20', '在市工商联常委会议上的工作报告'),
  piece('honor', 'honors', 'xianjin', '2024-03-15', '2023年度先进民营企业名单'),
  piece('story', 'stories', 'hengfeng', '2023-11-02', '恒丰纸业的转型'),
  page('enterprises/hengfeng/index.html', { kind: 'enterprise' }),
];

describe('planArchives', () => {
  it('makes one plan per year page, newest year first', () => {
    expect(planArchives(site).map((p) => [p.year, p.yearPage.htmlFile])).toEqual([
      [2024, 'years/2024/index.html'],
      [2023, 'years/2023/index.html'],
    ]);
  });

  it('puts each year’s reports, honours and stories in it, oldest first', () => {
    const [plan2024] = planArchives(site);
    expect(plan2024?.pieces.map((p) => [p.type, p.date, p.pagePath, p.source])).toEqual([
      ['report', '2024-01-20', '/reports/2024/changwei/', 'content/reports/2024/changwei.md'],
      ['honor', '2024-03-15', '/honors/2024/xianjin/', 'content/honors/2024/xianjin.md'],
      ['story', '2024-08-20', '/stories/2024/lvye/', 'content/stories/2024/lvye.md'],
    ]);
  });

  it('dates the bundle by the year’s newest piece', () => {
    expect(planArchives(site).map((p) => p.latestDate)).toEqual(['2024-08-20', '2023-11-02']);
  });

  it('refuses a piece page that does not say which file it comes from', () => {
    const broken = page('reports/2024/x/index.html', { kind: 'report', year: 2024, date: '2024-02-01' });
    expect(() => planArchives([...site, broken])).toThrow('reports/2024/x/index.html: 页面缺少年度、日期或源文件信息，无法放进年度归档包');
  });

  it('refuses published pieces of a year that has no year page', () => {
    expect(() => planArchives([piece('story', 'stories', 'a', '2022-05-01', '甲')])).toThrow('2022年有已发布的内容，却没有年度页面 /years/2022/');
  });
});
