import { describe, expect, it } from 'vitest';
import { generateEnterprises } from './enterprises.ts';
import { generateHonor, renderHonor, type HonorInput } from './honors.ts';
import { PLACES } from './places.ts';
import { THEMES } from './phrases.ts';
import { createRandom } from './random.ts';

const places = PLACES.slice(0, 10);
const enterprises = generateEnterprises(createRandom(1), 200, places);
const wanqi = THEMES.find((t) => t.name === '万企帮万村');
const input: HonorInput = { date: new Date(Date.UTC(2019, 11, 20)), sequence: 2, theme: wanqi, enterprises, places };
const random = createRandom(4);
const many = Array.from({ length: 80 }, () => generateHonor(random, input));

function tableRows(body: string): string[][] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| 名称') && !line.startsWith('| 姓名') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('generateHonor', () => {
  it('titles the decision after the year and the programme', () => {
    expect(many[0]?.title).toBe('关于表彰2019年度全市“万企帮万村”先进集体和先进个人的决定');
  });

  it('gives a document number in the federation style', () => {
    expect(many[0]?.fields['documentNumber']).toBe('锦工商联〔2019〕12号');
  });

  it('heads every table with 名称 (people: 姓名), 类别, 地区 and 备注', () => {
    const body = many[0]?.body ?? '';
    const headers = body.split('\n').filter((line) => /^\| (名称|姓名) \|/.test(line));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(headers.slice(0, 2)).toEqual(['| 名称 | 类别 | 地区 | 备注 |', '| 姓名 | 类别 | 地区 | 备注 |']);
  });

  it('opens with an intro paragraph, then the 先进民营企业 and 先进个人 sections', () => {
    const body = many[0]?.body ?? '';
    expect(body).toMatch(/^2019年，全市广大民营企业/);
    expect(body.indexOf('## 先进民营企业')).toBeLessThan(body.indexOf('## 先进个人'));
  });

  it('lists between 15 and 85 rows, about 50 on average', () => {
    const counts = many.map((h) => tableRows(h.body).length);
    for (const [i, count] of counts.entries()) expect(count).toBe(many[i]?.rowCount);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(15);
    for (const count of counts) expect(count).toBeLessThanOrEqual(85);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(40);
    expect(mean).toBeLessThan(60);
  });

  it('names honoured enterprises exactly as their files do', () => {
    const names = new Set(enterprises.map((e) => e.name));
    const honor = many[0];
    expect(honor?.honouredEnterprises.length).toBeGreaterThan(0);
    for (const name of honor?.honouredEnterprises ?? []) {
      expect(names.has(name)).toBe(true);
      expect(honor?.body).toContain(`| ${name} |`);
    }
  });

  it('notes the village each enterprise helped under 万企帮万村', () => {
    const firstRow = tableRows(many[0]?.body ?? '')[0];
    expect(firstRow?.[3]).toMatch(/^帮扶.+村$/);
  });
});

describe('renderHonor', () => {
  it('writes title, issuers, date, summary and document number', () => {
    const file = renderHonor(generateHonor(createRandom(8), { ...input, theme: undefined }));
    expect(file).toMatch(/^---\ntitle: 关于表彰2019年度全市民营经济发展先进集体和先进个人的决定\ndate: 2019-12-20\nsummary: 表彰\d+家先进民营企业、\d+名先进个人.*\nissuers: \[.*锦川市工商业联合会\]\ndocumentNumber: 锦工商联〔2019〕12号\n/);
  });
});
