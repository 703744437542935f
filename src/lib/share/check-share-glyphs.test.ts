import { describe, expect, it } from 'vitest';
import { drawableFrom } from '../fonts/drawable.ts';
import { checkShareGlyphs, findLineOf } from './check-share-glyphs.ts';

const site = { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } };
const everythingButPua = drawableFrom([(cp) => cp < 0xe000 || cp > 0xf8ff]);

describe('findLineOf', () => {
  it('counts lines from one', () => {
    expect(findLineOf('---\ntitle: 万企\uE000\n---', '\uE000')).toBe(2);
  });
});

describe('checkShareGlyphs', () => {
  it('warns, naming the built page when the share data has no content file', () => {
    const page = { htmlFile: 'years/2024/index.html', share: { kind: 'year' as const, title: '2024年度\uE001', description: '', pagePath: '/years/2024/', year: 2024 } };
    expect(checkShareGlyphs([page], site, everythingButPua, '/nowhere')).toEqual([
      'years/2024/index.html  警告  网站自带的字体里没有“\uE001”（U+E001）：分享图片和年度汇编 PDF 会把它印成方框，读者的手机也可能显示不出；网站照常发布。如果有常用的写法，可以改用常用字（页面 /years/2024/ 的分享图片）',
    ]);
  });

  it('finds nothing wrong with text the fonts cover', () => {
    const page = { htmlFile: 'index.html', share: { kind: 'home' as const, title: '锦川工商联', description: '信息发布平台', pagePath: '/' } };
    expect(checkShareGlyphs([page], site, everythingButPua, '/nowhere')).toEqual([]);
  });
});
