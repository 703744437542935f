import { describe, expect, it } from 'vitest';
import { enterprisesByIndustry, honoreesByAward, honoreesByCounty, honouredEnterprises, rowRegion } from './honor-numbers.ts';
import { numbersFixture } from './numbers-fixture.ts';

const input = numbersFixture();
const year = (y: number) => input.honors.filter((h) => h.year === y);

describe('honoreesByCounty', () => {
  it('counts by the row’s own 地区, a person by their enterprise’s county, and the rest as 未注明', () => {
    expect(honoreesByCounty(year(2024), input)).toEqual(new Map([['锦南区', 2], ['临溪县', 1], ['未注明', 1]]));
    expect(honoreesByCounty(year(2023), input)).toEqual(new Map([['锦南区', 1], ['白石县', 1], ['临溪县', 1]]));
  });
});

describe('rowRegion', () => {
  it('reads the 地区 column and ignores an empty cell', () => {
    const [table] = year(2024)[0]!.tables;
    expect(table!.rows.map((row) => rowRegion(row, table!))).toEqual(['锦南区', '临溪县', undefined]);
  });
});

describe('honoreesByAward', () => {
  it('counts each list’s rows, the number its page shows', () => {
    expect(honoreesByAward(input.honors)).toEqual(new Map([['万企帮万村先进', 3], ['光彩事业贡献奖', 4]]));
  });
});

describe('honouredEnterprises and enterprisesByIndustry', () => {
  it('counts an enterprise once, whether it or its people were honoured, and only enterprises of the directory', () => {
    const slugs = honouredEnterprises(year(2024), input);
    expect([...slugs].sort()).toEqual(['huarui-yaoye', 'yunwu-chaye']);
    expect(enterprisesByIndustry(slugs, input.enterprises)).toEqual(new Map([['医药制造', 1], ['茶叶种植与加工', 1]]));
  });
});
