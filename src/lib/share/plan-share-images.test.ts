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

  it('keeps the card when only what the poster draws changes: the parts, the groups, the quote', () => {
    const withParts = { ...year2023, parts: ['一、回顾'], quote: { text: '很多投入就不用重复做了。' } };
    expect(hashShareImage('f', 'card', withParts, site)).toBe(hashShareImage('f', 'card', year2023, site));
    expect(hashShareImage('f', 'poster', withParts, site)).not.toBe(hashShareImage('f', 'poster', year2023, site));
  });

  it('changes the card when the summary it draws changes (an enterprise’s profile), never the square', () => {
    const enterprise: ShareData = { kind: 'enterprise', title: '锦川绿野食品股份有限公司', description: '主营脱水蔬菜。', pagePath: '/enterprises/lvye-shipin/' };
    const edited = { ...enterprise, description: '专业生产脱水蔬菜。' };
    expect(hashShareImage('f', 'card', edited, site)).not.toBe(hashShareImage('f', 'card', enterprise, site));
    expect(hashShareImage('f', 'square', edited, site)).toBe(hashShareImage('f', 'square', enterprise, site));
  });

  it('changes the card and poster when the logo changes', () => {
    const logo = { ...site, logoData: 'data:image/png;base64,AAAA' };
    expect(hashShareImage('f', 'card', year2023, logo)).not.toBe(hashShareImage('f', 'card', year2023, site));
  });

  it('keys a poster with a lead image on the image’s bytes', () => {
    const lead = new Map([['/years/2023/', { file: '/c/a.jpg', hash: 'h1' }]]);
    const [, , poster] = planShareImages([year2023], site, 'f', new Map(), lead);
    const [, , other] = planShareImages([year2023], site, 'f', new Map(), new Map([['/years/2023/', { file: '/c/a.jpg', hash: 'h2' }]]));
    expect(poster!.leadSource).toEqual({ file: '/c/a.jpg', hash: 'h1' });
    expect(poster!.key).not.toBe(other!.key);
  });

  it('changes the card when the primary colour changes', () => {
    const red = { ...site, colors: { ...site.colors, primary: '#8b1a1a' } };
    expect(hashShareImage('f', 'card', year2023, red)).not.toBe(hashShareImage('f', 'card', year2023, site));
  });
});
