import { describe, expect, it } from 'vitest';
import { createEnterpriseIndex } from './enterprise-index.ts';
import { attributeHonorRow } from './honor-attribution.ts';
import { parseHonorDocument, honorTables } from './honors.ts';

const index = createEnterpriseIndex([
  { slug: 'huarui-yaoye', name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业'] },
  { slug: 'yunwu-chaye', name: '临溪县云雾茶业有限公司', aliases: [] },
]);
const [companies, people] = honorTables(
  parseHonorDocument('## 企业\n\n| 名称 | 地区 |\n|---|---|\n| 华瑞药业 | 锦南区 |\n| 锦川市福建商会 | 锦南区 |\n\n## 个人\n\n| 姓名 | 职务 |\n|---|---|\n| 蒋秀英 | 临溪县云雾茶业有限公司总经理 |\n'),
);

describe('attributeHonorRow', () => {
  it('takes a row named after an enterprise (or its alias) as that enterprise', () => {
    expect(attributeHonorRow(companies!.rows[0]!, companies!, index)).toEqual({ enterprises: ['huarui-yaoye'] });
  });

  it('takes a person’s row as the enterprise their other cells name', () => {
    expect(attributeHonorRow(people!.rows[0]!, people!, index)).toEqual({ enterprises: ['yunwu-chaye'], person: '蒋秀英' });
  });

  it('finds no enterprise for a unit that is not in the directory', () => {
    expect(attributeHonorRow(companies!.rows[1]!, companies!, index)).toEqual({ enterprises: [], person: '锦川市福建商会' });
  });
});
