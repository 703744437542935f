import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-file.ts';

describe('toCsv', () => {
  it('starts with a BOM for Excel and ends lines with CRLF', () => {
    expect(toCsv(['名称', '地区'], [['华瑞药业', '锦南区']])).toBe('\uFEFF名称,地区\r\n华瑞药业,锦南区\r\n');
  });

  it('quotes commas, quotes and line breaks so a CSV reader gets the cells back exactly', () => {
    const cells = ['A,B', '他说"好"', '两\n行', '=SUM(A1)'];
    const read = parse(toCsv(['x', 'y', 'z', 'w'], [cells]), { bom: true }) as string[][];
    expect(read[1]).toEqual(cells);
  });
});
