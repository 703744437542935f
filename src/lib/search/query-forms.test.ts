import { describe, expect, it } from 'vitest';
import { buildNameTable } from './name-table.ts';
import { allForms, expandTerms, holdsEveryTerm, otherFormsIn, pagefindQueries, type FormsContext } from './query-forms.ts';
import { readVariantPairs } from './variant-forms.ts';
import { buildVariantPairs } from './variant-table.ts';

const context: FormsContext = {
  synonyms: [
    ['民企', '民营企业'],
    ['工商联', '工商业联合会'],
  ],
  variants: readVariantPairs(buildVariantPairs(new Set('优化营商环境，民营企业，华瑞药业，市工商联'))),
  names: buildNameTable(['锦川华瑞药业股份有限公司', '营商环境评议会上的发言']),
};

describe('expandTerms', () => {
  it('gives an abbreviation its full name and the full name its abbreviation', () => {
    expect(expandTerms(['民企'], context)[0]?.forms).toEqual([
      { text: '民企', kind: 'typed' },
      { text: '民营企业', kind: 'synonym' },
    ]);
  });

  it('gives a traditional query its simplified form, and that form’s synonyms', () => {
    expect(expandTerms(['工商聯'], context)[0]?.forms.map((f) => [f.text, f.kind])).toEqual([
      ['工商聯', 'typed'],
      ['工商联', 'variant'],
      ['工商业联合会', 'synonym'],
    ]);
  });

  it('never asks Pagefind for a spelling the site does not write', () => {
    expect(pagefindQueries(expandTerms(['營商環境'], context))).toEqual(['营商环境']);
  });

  it('reads pinyin words typed with a space as one term when a name holds them', () => {
    expect(expandTerms(['yingshang', 'huanjing'], context).map((t) => [t.typed, allForms([t])])).toEqual([['yingshang huanjing', ['yingshang huanjing', '营商环境']]]);
  });

  it('leaves a term no table names as it is', () => {
    expect(expandTerms(['万企帮万村'], context)[0]?.forms).toEqual([{ text: '万企帮万村', kind: 'typed' }]);
  });
});

describe('matching with forms', () => {
  const terms = expandTerms(['民企', '2024'], context);

  it('keeps a page that holds every term in one of its forms, and says which form', () => {
    expect(holdsEveryTerm('2024年全市民营企业座谈会', terms)).toBe(true);
    expect(otherFormsIn('2024年全市民营企业座谈会', terms)).toEqual([{ typed: '民企', form: { text: '民营企业', kind: 'synonym' } }]);
  });

  it('drops a page that holds a term in no form', () => {
    expect(holdsEveryTerm('2024年全市民办企业座谈会', terms)).toBe(false);
  });

  it('asks Pagefind for each combination of forms, the typed query first', () => {
    expect(pagefindQueries(terms)).toEqual(['民企 2024', '民营企业 2024']);
  });
});
