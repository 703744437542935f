import { describe, expect, it } from 'vitest';
import { readVariantPairs, variantForms } from './variant-forms.ts';
import { buildVariantPairs } from './variant-table.ts';

const SITE = new Set('优化营商环境，推进乡村振兴，异地商会和高质量发展');

describe('variant tables', () => {
  const pairs = buildVariantPairs(SITE);
  const maps = readVariantPairs(pairs);

  it('folds a traditional query onto the simplified characters the site uses', () => {
    expect(['營商環境', '鄉村振興', '商會', '高質量發展'].map((q) => variantForms(q, maps))).toEqual([['营商环境'], ['乡村振兴'], ['商会'], ['高质量发展']]);
  });

  it('ships only pairs whose simplified side the site uses', () => {
    expect(maps.fold.get('營')).toBe('营');
    expect(maps.fold.has('鐵')).toBe(false);
    expect(pairs.fold.length).toBeLessThan(200);
  });

  it('gives a simplified query the traditional spelling of a site that writes 商會', () => {
    const mixed = readVariantPairs(buildVariantPairs(new Set('香港商會和内地商会')));
    expect(variantForms('商会', mixed)).toEqual(['商會']);
    expect(variantForms('商會', mixed)).toEqual(['商会']);
  });

  it('never reads a character simplified text also writes (著, 乾) as another one', () => {
    const site = readVariantPairs(buildVariantPairs(new Set('显著着力乾隆干部')));
    expect([variantForms('著名', site), variantForms('乾隆', site), variantForms('着力', site)]).toEqual([[], [], []]);
  });

  it('leaves a simplified query on a simplified site as it is', () => {
    expect(variantForms('营商环境', maps)).toEqual([]);
  });
});
