import { describe, expect, it } from 'vitest';
import { createEnterpriseIndex } from './enterprise-index.ts';

const index = createEnterpriseIndex([
  { slug: 'huarui-yaoye', name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业', '锦川制药厂'] },
  { slug: 'baishi-shanquan', name: '白石山泉食品有限公司', aliases: ['白石山泉'] },
  { slug: 'yunling-chaye', name: '云岭茶业有限公司', aliases: ['云'] },
]);

describe('createEnterpriseIndex', () => {
  it('resolves a slug, a full name and an alias to the same enterprise', () => {
    expect(['huarui-yaoye', '锦川华瑞药业股份有限公司', '华瑞药业', ' 锦川制药厂 '].map(index.resolve)).toEqual([
      'huarui-yaoye',
      'huarui-yaoye',
      'huarui-yaoye',
      'huarui-yaoye',
    ]);
  });

  it('returns nothing for a name it does not know', () => {
    expect(index.resolve('华瑞医药')).toBeUndefined();
  });

  it('finds enterprises mentioned by name or alias in running text', () => {
    const text = '白石山泉、华瑞药业等企业积极参与“万企帮万村”行动。';
    expect(index.findMentions(text)).toEqual(['huarui-yaoye', 'baishi-shanquan']);
  });

  it('ignores one-character aliases that would match everywhere', () => {
    expect(index.findMentions('云计算产业园')).toEqual([]);
  });

  it('finds a name even when a line break or full-width form splits it', () => {
    expect(index.findMentions('锦川华瑞药业\n股份有限公司')).toEqual(['huarui-yaoye']);
  });
});
