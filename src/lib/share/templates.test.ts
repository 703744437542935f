import { describe, expect, it } from 'vitest';
import { buildCard } from './card-template.ts';
import { buildPoster } from './poster-template.ts';
import { listTexts as collectStrings } from './share-node.ts';
import { buildSquare } from './square-template.ts';
import type { ShareData } from './types.ts';

const site = { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } };
const honour: ShareData = { kind: 'honor', title: '关于表彰全国“万企帮万村”精准扶贫行动先进民营企业的决定', description: '42家民营企业受到表彰。', pagePath: '/honors/2023/wanqi/', date: '2023-12-06', year: 2023, count: 42 };
const home: ShareData = { kind: 'home', title: '锦川市工商业联合会（总商会）', description: '信息发布平台', pagePath: '/' };

describe('the card', () => {
  it('shows the label, the title, the organisation, the date and the number of honourees', () => {
    expect(collectStrings(buildCard(honour, site))).toEqual(['表彰名单', honour.title, '锦川市工商业联合会（总商会）', '2023年12月6日　·　受表彰 42 个单位和个人']);
  });

  it('shows the home page\'s sections instead of repeating the organisation under its name', () => {
    expect(collectStrings(buildCard(home, site))).toEqual(['锦川市工商业联合会（总商会）', '工作报告 · 表彰名单 · 企业故事']);
  });
});

describe('the square thumbnail', () => {
  it('carries the year, the type and the short name, never the title', () => {
    expect(collectStrings(buildSquare(honour, site))).toEqual(['2023', '表彰名单', '锦川工商联']);
  });

  it('shows only the short name on the home page', () => {
    expect(collectStrings(buildSquare(home, site))).toEqual(['锦川工商联']);
  });
});

describe('the poster', () => {
  it('has the organisation, title, summary and the long-press line, with the QR code as an overlay', () => {
    const poster = buildPoster(honour, site);
    expect(collectStrings(poster.node)).toEqual([
      '锦川市工商业联合会（总商会）',
      '表彰名单',
      '2023年12月6日　·　受表彰 42 个单位和个人',
      honour.title,
      '42家民营企业受到表彰。',
      '长按识别二维码',
      '阅读全文 · 锦川工商联',
      'www.jcgsl.example.cn',
    ]);
    expect(Object.keys(poster.overlays ?? {})).toEqual(['qr-code']);
  });
});
