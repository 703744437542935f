import { createEnterpriseIndex } from '../enterprise-index.ts';
import { honorTables, parseHonorDocument } from '../honors.ts';
import type { HonorFacts, NumbersInput } from './numbers-input.ts';

/*
 * A small federation for the numbers' tests: two enterprises, an honour list a year, a few stories and reports.
 * Not a test itself; the tests beside it import it.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

const honor = (year: number, title: string, markdown: string): HonorFacts => {
  const tables = honorTables(parseHonorDocument(markdown));
  return { year, title, url: `/honors/${year}/x/`, count: tables.reduce((n, t) => n + t.rows.length, 0), tables };
};

/** Enterprises 华瑞 (锦南区, 医药制造) and 云雾 (临溪县, 茶叶); 2023: 3 honourees, 2024: 4. */
export function numbersFixture(): NumbersInput {
  const enterprises = [
    { slug: 'huarui-yaoye', name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业'], county: '锦南区', industry: '医药制造' },
    { slug: 'yunwu-chaye', name: '临溪县云雾茶业有限公司', aliases: [], county: '临溪县', industry: '茶叶种植与加工' },
  ];
  return {
    enterprises: enterprises.map(({ slug, county, industry }) => ({ slug, county, industry })),
    index: createEnterpriseIndex(enterprises),
    reports: [
      { year: 2023, date: day('2023-02-16'), title: '十届三次执委会议工作报告', url: '/reports/2023/a/', meeting: '十届三次执委会议' },
      { year: 2024, date: day('2024-06-20'), title: '恳谈会发言', url: '/reports/2024/b/', meeting: '政企恳谈会' },
      { year: 2024, date: day('2024-01-25'), title: '十届四次执委会议工作报告', url: '/reports/2024/a/', meeting: '十届四次执委会议' },
    ],
    honors: [
      honor(2023, '万企帮万村先进', '## 先进企业\n\n| 名称 | 地区 |\n|---|---|\n| 华瑞药业 | 锦南区 |\n| 白石县山泉水业有限公司 | 白石县 |\n\n## 先进个人\n\n| 名称 | 职务 |\n|---|---|\n| 蒋秀英 | 临溪县云雾茶业有限公司总经理 |\n'),
      honor(2024, '光彩事业贡献奖', '## 贡献奖\n\n| 名称 | 地区 |\n|---|---|\n| 锦川华瑞药业股份有限公司 | 锦南区 |\n| 临溪县云雾茶业有限公司 | 临溪县 |\n| 锦川市福建商会 | |\n\n## 爱心人士\n\n| 名称 | 职务 |\n|---|---|\n| 陈怀瑾 | 锦川华瑞药业股份有限公司董事长 |\n'),
    ],
    stories: [
      { year: 2023, county: '临溪县', industry: '茶叶种植与加工', enterprises: ['yunwu-chaye'] },
      { year: 2024, county: '锦南区', industry: '医药制造', enterprises: ['huarui-yaoye'] },
      { year: 2024, enterprises: ['huarui-yaoye', 'yunwu-chaye'] },
    ],
    events: new Map([[2024, 3]]),
  };
}
