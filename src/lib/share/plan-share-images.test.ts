import { describe, expect, it } from 'vitest';
import { hashShareImage, planShareImages } from './plan-share-images.ts';
import type { ShareData } from './types.ts';

const site = { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } };
const year2023: ShareData = { kind: 'year', title: '2023年度', description: '2023年的工作报告、表彰名单和企业故事。', pagePath: '/years/2023/', year: 2023 };

describe('planShareImages', () => {
  it('plans a card, a square and a poster per page at their public paths', () => {
    expect(planShareImages([year2023], site, 'f').map((job) => job.outPath)).toEqual(['/share/years/2023/card.png', '/share/years/2023/square.png', '/share/years/2023/poster.png']);
  });
});

describe('hashShareImage', () => {
  it('gives two pages alike but for their address the same card but different posters', () => {
    const other = { ...year2023, pagePath: '/archives/2023/' };
    expect(hashShareImage('f', 'card', other, site)).toBe(hashShareImage('f', 'card', year2023, site));
    expect(hashShareImage('f', 'poster', other, site)).not.toBe(hashShareImage('f', 'poster', year2023, site));
  });

  it('ignores the content file name, which is never drawn', () => {
    expect(hashShareImage('f', 'poster', { ...year2023, source: 'content/x.md' }, site)).toBe(hashShareImage('f', 'poster', year2023, site));
  });

  it('changes every key when the shared fingerprint changes', () => {
    expect(hashShareImage('fonts-v2', 'square', year2023, site)).not.toBe(hashShareImage('fonts-v1', 'square', year2023, site));
  });

  it('changes the card when the primary colour changes', () => {
    const red = { ...site, colors: { ...site.colors, primary: '#8b1a1a' } };
    expect(hashShareImage('f', 'card', year2023, red)).not.toBe(hashShareImage('f', 'card', year2023, site));
  });
});
