import { describe, expect, it } from 'vitest';
import { sharePaths, toAbsoluteUrl } from './share-paths.ts';

describe('sharePaths', () => {
  it('puts a report\'s images in a folder mirroring its URL', () => {
    expect(sharePaths('/reports/2024/zhiwei/')).toEqual({
      card: '/share/reports/2024/zhiwei/card.png',
      square: '/share/reports/2024/zhiwei/square.png',
      poster: '/share/reports/2024/zhiwei/poster.png',
    });
  });

  it('gives the home page a fixed folder that no slug can take', () => {
    expect(sharePaths('/').card).toBe('/share/_site/card.png');
  });

  it('refuses a path without its trailing slash', () => {
    expect(() => sharePaths('/reports/2024/zhiwei')).toThrow('应当以 / 开头和结尾');
  });
});

describe('toAbsoluteUrl', () => {
  it('joins the base URL and the image path', () => {
    expect(toAbsoluteUrl('https://www.jcgsl.example.cn', '/share/_site/card.png')).toBe('https://www.jcgsl.example.cn/share/_site/card.png');
  });

  it('keeps a base URL that lives in a sub-folder', () => {
    expect(toAbsoluteUrl('https://example.cn/gsl', '/years/2024/')).toBe('https://example.cn/gsl/years/2024/');
  });
});
