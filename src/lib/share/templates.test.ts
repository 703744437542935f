import { describe, expect, it } from 'vitest';
import { buildCard } from './card-template.ts';
import { buildPoster } from './poster-template.ts';
import { listTexts as collectStrings } from './share-node.ts';
import { buildSquare } from './square-template.ts';
import type { ShareData } from './types.ts';

const logoData = 'data:image/svg+xml;base64,PHN2Zy8+';
const site = { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' }, logoData };
const honour: ShareData = {
  kind: 'honor',
  title: '锦川市“万企帮万村”行动先进民营企业和先进个人',
  description: '36个单位和个人受到表彰。',
  pagePath: '/honors/2023/wanqi/',
  date: '2023-06-16',
  year: 2023,
  count: 36,
  people: 12,
  groups: [
    { heading: '先进民营企业', count: 24, names: ['锦川华瑞药业股份有限公司', '临溪县云雾茶业有限公司'] },
    { heading: '先进个人', count: 12, people: true, names: ['蒋秀英', '田晓禾'] },
  ],
};
const report: ShareData = { kind: 'report', title: '在市工商联十届四次执委会议上的工作报告', description: '总结2023年工作。', pagePath: '/reports/2024/zhiwei/', date: '2024-01-25', year: 2024, parts: ['一、2023年工作回顾', '二、几点体会', '三、2024年工作安排'] };
const story: ShareData = { kind: 'story', title: '济安医疗高端敷料打入欧洲市场', description: '转型研发高端敷料。', pagePath: '/stories/2024/jian/', date: '2024-10-16', year: 2024, quote: { text: '园区里的企业抱团发展，很多投入就不用重复做了。', by: '韦思宁' }, keep: ['济安医疗'] };
const home: ShareData = { kind: 'home', title: '锦川市工商业联合会（总商会）', description: '信息发布平台', pagePath: '/' };
const images = (node: Parameters<typeof collectStrings>[0]): string[] => (typeof node === 'string' ? [] : [...(node.type === 'img' ? [node.props.src ?? ''] : []), ...[node.props.children ?? []].flat().flatMap(images)]);

describe('the card', () => {
  it('shows the label, year, organisation, the title in balanced lines and the facts, with the logo', () => {
    const card = buildCard(honour, site);
    expect(collectStrings(card)).toEqual(['表彰名单', '2023', '锦川市工商业联合会（总商会）', '锦川市“万企帮万村”行动', '先进民营企业和先进个人', '2023年6月16日　·　受表彰 36 个单位和个人']);
    expect(images(card)).toEqual([logoData]);
  });

  it('shows the home page\'s sections instead of repeating the organisation under its name', () => {
    expect(collectStrings(buildCard(home, site))).toEqual(['锦川工商联', '锦川市工商业联合会（总商会）', '工作报告 · 表彰名单 · 企业故事']);
  });
});

describe('the square thumbnail', () => {
  it('carries the year, the type and the short name, never the title', () => {
    expect(collectStrings(buildSquare(honour, site))).toEqual(['2023', '表彰名单', '锦川工商联']);
  });
});

describe('the poster', () => {
  it('shows a report\'s parts under 主要内容, and a QR code as an overlay', () => {
    const poster = buildPoster(report, site);
    expect(collectStrings(poster.node)).toEqual(expect.arrayContaining(['锦川市工商业联合会（总商会）', '工作报告', '主要内容', '一、2023年工作回顾', '二、几点体会', '三、2024年工作安排', '总结2023年工作。', '长按识别二维码']));
    expect(Object.keys(poster.overlays ?? {})).toEqual(['qr-code']);
  });

  it('shows an honour list\'s groups with their counts and first names, each name whole', () => {
    const strings = collectStrings(buildPoster(honour, site).node);
    expect(strings).toEqual(expect.arrayContaining(['先进民营企业', '共 24 个', '锦川华瑞药业股份有限公司', '临溪县云雾茶业有限公司', '另有 22 个', '先进个人', '共 12 人', '蒋秀英']));
  });

  it('counts a list of people in people, and a list of units in units', () => {
    const people: ShareData = { ...honour, count: 12, people: 12, groups: [{ heading: '先进个人', count: 12, people: true, names: ['蒋秀英'] }] };
    const units: ShareData = { ...honour, count: 24, people: 0, groups: [{ heading: '先进民营企业', count: 24, names: ['锦川华瑞药业股份有限公司'] }] };
    expect(collectStrings(buildPoster(people, site).node)).toEqual(expect.arrayContaining(['2023年6月16日　·　受表彰 12 人', '共 12 人', '另有 11 人']));
    expect(collectStrings(buildPoster(units, site).node)).toEqual(expect.arrayContaining(['2023年6月16日　·　受表彰 24 个单位', '共 24 个', '另有 23 个']));
  });

  it('shows a story\'s quote with its speaker when it has no lead image, and the lead image when it has one', () => {
    expect(collectStrings(buildPoster(story, site).node)).toEqual(expect.arrayContaining(['—— 韦思宁']));
    expect(collectStrings(buildPoster(story, site).node).join('')).toContain('“园区里的企业抱团发展，很多投入就不用重复做了。”');
    const lead = 'data:image/jpeg;base64,/9j/';
    expect(images(buildPoster(story, site, lead).node)).toContain(lead);
    expect(collectStrings(buildPoster(story, site, lead).node)).not.toContain('—— 韦思宁');
  });
});
