import { describe, expect, it } from 'vitest';
import { isAsciiSlug, pickSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('spells a Chinese title in toneless pinyin joined by hyphens', () => {
    expect(slugify('万企帮万村')).toBe('wan-qi-bang-wan-cun');
  });

  it('keeps digits and Latin letters and drops punctuation', () => {
    expect(slugify('2024年度“五好”县级工商联（第一批）')).toBe('2024-nian-du-wu-hao-xian-ji-gong-shang-lian-di-yi-pi');
  });

  it('cuts a long title at a syllable boundary within 60 characters', () => {
    const slug = slugify('在市工商联第十届三次执委会议上的工作报告关于全面推进民营经济高质量发展');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('zai-shi-gong-shang-lian-di-shi-jie-san-ci')).toBe(true);
  });

  it('treats full-width digits like half-width ones', () => {
    expect(slugify('２０２３年')).toBe('2023-nian');
  });
});

describe('pickSlug', () => {
  it('prefers the slug written in front matter', () => {
    expect(pickSlug('content/reports/2024/whatever.md', 'zhiwei-2024', '标题')).toBe('zhiwei-2024');
  });

  it('uses an ASCII file name when no slug is given', () => {
    expect(pickSlug('content/reports/2024/zhiwei-2024.md', undefined, '标题')).toBe('zhiwei-2024');
  });

  it('falls back to the title in pinyin for a Chinese file name', () => {
    expect(pickSlug('content/stories/2024/复工复产.md', undefined, '复工复产')).toBe('fu-gong-fu-chan');
  });
});

describe('isAsciiSlug', () => {
  it('accepts lowercase words joined by single hyphens only', () => {
    expect([isAsciiSlug('a-b-2'), isAsciiSlug('A-b'), isAsciiSlug('a--b'), isAsciiSlug('工商')]).toEqual([true, false, false, false]);
  });
});
