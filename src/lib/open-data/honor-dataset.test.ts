import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { honorTables, parseHonorDocument } from '../honors.ts';
import { honorCsv, honorJson, unionColumns } from './honor-dataset.ts';

const tables = honorTables(
  parseHonorDocument('## 先进集体\n\n| 名称 | 地区 |\n|---|---|\n| 锦川华瑞药业股份有限公司 | 锦南区 |\n| 锦川市福建商会 | 锦南区 |\n\n## 先进个人\n\n| 名称 | 职务 |\n|---|---|\n| 陈怀瑾 | 董事长 |\n'),
);
const source = { title: '先进集体和先进个人', pageUrl: 'https://x.cn/honors/2024/a/', date: '2024-03-15', issuers: ['锦川市工商联'], tables };

describe('unionColumns', () => {
  it('keeps every column once, in order of first appearance', () => {
    expect(unionColumns(tables)).toEqual(['名称', '地区', '职务']);
  });
});

describe('honorCsv', () => {
  it('has one line per row the page shows, with its group and number', () => {
    expect(parse(honorCsv(source), { bom: true })).toEqual([
      ['分组', '序号', '名称', '地区', '职务'],
      ['先进集体', '1', '锦川华瑞药业股份有限公司', '锦南区', ''],
      ['先进集体', '2', '锦川市福建商会', '锦南区', ''],
      ['先进个人', '1', '陈怀瑾', '', '董事长'],
    ]);
  });
});

describe('honorJson', () => {
  it('keeps the list’s facts and each table as the page shows it, with a link to every row', () => {
    const data = JSON.parse(honorJson(source, '锦川市工商联', '可以自由使用')) as { licence: string; groups: { heading: string; columns: string[]; rows: { cells: string[]; url: string }[] }[] };
    expect(data.licence).toBe('可以自由使用');
    expect(data.groups[1]).toEqual({ heading: '先进个人', columns: ['名称', '职务'], rows: [{ cells: ['陈怀瑾', '董事长'], url: 'https://x.cn/honors/2024/a/#chen-huai-jin' }] });
  });

  it('says nothing about a licence site.yaml does not give', () => {
    expect(JSON.parse(honorJson(source, '锦川市工商联', undefined))).not.toHaveProperty('licence');
  });
});
