import { describe, expect, it } from 'vitest';
import { placePiece } from './place-piece.ts';

describe('placePiece', () => {
  it('puts a piece under its year folder and its front-matter slug', () => {
    expect(placePiece('reports', '2024/whatever.md', { title: '报告', slug: 'zhiwei-2024' })).toEqual({
      folder: 'reports',
      year: 2024,
      slug: 'zhiwei-2024',
      id: '2024/zhiwei-2024',
      url: '/reports/2024/zhiwei-2024/',
      oldUrls: [],
    });
  });

  it('names a Chinese file after the pinyin of its title, exactly as written', () => {
    expect(placePiece('stories', '2023/复工.md', { title: '1.10 复工复产' }).url).toBe('/stories/2023/1-10-fu-gong-fu-chan/');
  });

  it('keeps the old URLs of renamed pieces in the same year folder', () => {
    expect(placePiece('honors', '2022/xianjin.md', { title: '名单', redirectFrom: ['xianjin-old', 'Not A Slug'] }).oldUrls).toEqual(['/honors/2022/xianjin-old/']);
  });

  it('ignores a malformed slug and falls back to the file name (the checker reports the slug)', () => {
    expect(placePiece('reports', '2024/changwei.md', { title: '报告', slug: '常委会' }).slug).toBe('changwei');
  });
});
