import { describe, expect, it } from 'vitest';
import { decodeRows, encodeRows, findRow } from './honor-rows.ts';
import { hasEveryTerm } from './match-terms.ts';

const rows = [
  { anchor: 'lin-qiu-shi', cells: ['林秋实', '岚州青禾食品有限公司董事长'] },
  { anchor: 'lin-qiu', cells: ['林秋', '岚州万家超市连锁有限公司总经理'] },
];

describe('encodeRows and decodeRows', () => {
  it('round-trip anchors and cell text', () => {
    expect(decodeRows(encodeRows(rows))).toEqual([
      { anchor: 'lin-qiu-shi', text: '林秋实 岚州青禾食品有限公司董事长' },
      { anchor: 'lin-qiu', text: '林秋 岚州万家超市连锁有限公司总经理' },
    ]);
  });

  it('keeps a semicolon inside a cell from splitting the row', () => {
    expect(decodeRows(encodeRows([{ anchor: 'a', cells: ['甲;乙'] }]))).toEqual([{ anchor: 'a', text: '甲 乙' }]);
  });

  it('reads a page without rows as none', () => {
    expect(decodeRows(undefined)).toEqual([]);
  });
});

describe('findRow', () => {
  it('finds the first row holding every term', () => {
    expect(findRow(decodeRows(encodeRows(rows)), (t) => hasEveryTerm(t, ['万家超市']))?.anchor).toBe('lin-qiu');
  });

  it('finds no row when the terms are elsewhere on the page', () => {
    expect(findRow(decodeRows(encodeRows(rows)), (t) => hasEveryTerm(t, ['营商环境']))).toBeUndefined();
  });
});
