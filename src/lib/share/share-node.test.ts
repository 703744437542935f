import { describe, expect, it } from 'vitest';
import { collectDrawnText, formatWhen, h, listTexts, mixColours, pickOrganisation, toShareSite } from './share-node.ts';
import type { ShareData } from './types.ts';

const site = { name: '锦川市工商业联合会（总商会）', shortName: '锦川工商联', baseUrl: 'https://www.jcgsl.example.cn', colors: { primary: '#9f1d20', accent: '#b8860b' } };
const report: ShareData = { kind: 'report', title: '工作报告', description: '摘要', pagePath: '/reports/2024/zhiwei/', date: '2024-01-18', year: 2024 };

describe('formatWhen', () => {
  it('writes a dated piece\'s full date the Chinese way', () => {
    expect(formatWhen(report)).toBe('2024年1月18日');
  });

  it('writes the year of a year page', () => {
    expect(formatWhen({ kind: 'year', title: '2023年度', description: '', pagePath: '/years/2023/', year: 2023 })).toBe('2023年度');
  });
});

describe('pickOrganisation', () => {
  it('prefers the organisation a report names over the site', () => {
    expect(pickOrganisation({ ...report, organisation: '锦川市总商会' }, site)).toBe('锦川市总商会');
    expect(pickOrganisation(report, site)).toBe('锦川市工商业联合会（总商会）');
  });
});

describe('mixColours', () => {
  it('mixes the accent gold halfway to white', () => {
    expect(mixColours('#b8860b', '#ffffff', 0.5)).toBe('#dcc385');
  });
});

describe('toShareSite', () => {
  it('keeps only what the images draw', () => {
    expect(Object.keys(toShareSite({ ...site, icp: '锦ICP备2024000001号-1' } as typeof site))).toEqual(['name', 'shortName', 'baseUrl', 'colors']);
  });
});

describe('collectDrawnText', () => {
  it('includes the title, summary, organisation and the poster\'s fixed line', () => {
    const text = collectDrawnText({ ...report, count: 42, people: 12, kind: 'honor' }, site);
    expect(['表彰名单', '工作报告', '摘要', '锦川市工商业联合会（总商会）', '受表彰 42 个单位和个人', '长按识别二维码'].every((part) => text.includes(part))).toBe(true);
  });
});

describe('h', () => {
  it('drops false and empty children', () => {
    expect(h('div', {}, false, '万企', undefined, '')).toEqual({ type: 'div', props: { style: {}, children: '万企' } });
  });
});

describe('listTexts', () => {
  it('lists the strings of a tree in reading order', () => {
    expect(listTexts(h('div', {}, h('span', {}, '锦川'), '工商联'))).toEqual(['锦川', '工商联']);
  });
});
