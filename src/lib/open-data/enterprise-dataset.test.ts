import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { enterprisesCsv, enterprisesJson } from './enterprise-dataset.ts';

const rows = [
  { name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业', '锦川制药厂'], county: '锦南区', industry: '医药制造', founded: 1998, website: 'https://www.example.cn', profile: '创办于1998年。', pageUrl: 'https://x.cn/enterprises/huarui-yaoye/' },
  { name: '临溪县云雾茶业有限公司', aliases: [], county: '临溪县', industry: '茶叶', profile: '茶。', pageUrl: 'https://x.cn/enterprises/yunwu-chaye/' },
];

describe('enterprisesCsv', () => {
  it('writes one line per enterprise with what its page shows', () => {
    expect(parse(enterprisesCsv(rows), { bom: true })).toEqual([
      ['名称', '简称', '所在区县', '行业', '成立年份', '网站', '简介', '网址'],
      ['锦川华瑞药业股份有限公司', '华瑞药业、锦川制药厂', '锦南区', '医药制造', '1998', 'https://www.example.cn', '创办于1998年。', 'https://x.cn/enterprises/huarui-yaoye/'],
      ['临溪县云雾茶业有限公司', '', '临溪县', '茶叶', '', '', '茶。', 'https://x.cn/enterprises/yunwu-chaye/'],
    ]);
  });
});

describe('enterprisesJson', () => {
  it('leaves out fields an enterprise does not have', () => {
    const data = JSON.parse(enterprisesJson(rows, '锦川市工商联', undefined)) as { enterprises: Record<string, unknown>[] };
    expect(data.enterprises[1]).toEqual({ name: '临溪县云雾茶业有限公司', aliases: [], county: '临溪县', industry: '茶叶', profile: '茶。', url: 'https://x.cn/enterprises/yunwu-chaye/' });
  });
});
