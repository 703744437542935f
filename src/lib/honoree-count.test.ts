import { describe, expect, it } from 'vitest';
import { countHonorees, headingNamesPeople, honoreeKind } from './honoree-count.ts';
import { honorTables, parseHonorDocument } from './honors.ts';

const list = `## 先进民营企业

| 名称 | 地区 |
| --- | --- |
| 锦川华瑞药业股份有限公司 | 锦南区 |
| 临溪县云雾茶业有限公司 | 临溪县 |
| 白石县石桥镇商会 | 白石县 |

## 先进个人

| 姓名 | 职务 |
| --- | --- |
| 田晓禾 | 云岭县岭上农业开发有限公司董事长 |
| 蒋秀英 | 临溪县云雾茶业有限公司总经理 |
`;

describe('honoreeKind', () => {
  it('reads a table headed 姓名 as a list of people', () => {
    expect(honoreeKind({ columns: ['姓名', '职务'], nameColumn: 0 })).toBe('person');
  });

  it('reads 名称, 单位名称 and 企业名称 as lists of units', () => {
    for (const column of ['名称', '单位名称', '企业名称', '单位']) expect(honoreeKind({ columns: ['序', column], nameColumn: 1 })).toBe('unit');
  });

  it('counts a table without a name column as units, like the page shows its first column', () => {
    expect(honoreeKind({ columns: ['单位 名', '地区'], nameColumn: -1 })).toBe('unit');
  });
});

describe('countHonorees', () => {
  it('counts units and people of a whole list by their tables’ name columns', () => {
    expect(countHonorees(honorTables(parseHonorDocument(list)))).toEqual({ total: 5, units: 3, people: 2 });
  });

  it('counts nothing for a list without tables', () => {
    expect(countHonorees([])).toEqual({ total: 0, units: 0, people: 0 });
  });
});

describe('headingNamesPeople', () => {
  it('knows headings about people', () => {
    expect(['先进个人', '光彩事业爱心人士', '受表彰人员', '优秀中国特色社会主义事业建设者'].map(headingNamesPeople)).toEqual([true, true, true, true]);
  });

  it('does not take headings about units or no heading for people', () => {
    expect(['先进集体', '先进民营企业', '“五好”县级工商联建设先进基层商会', null].map(headingNamesPeople)).toEqual([false, false, false, false]);
  });
});
