import { describe, expect, it } from 'vitest';
import { pageFields } from './page-fields.ts';

describe('pageFields', () => {
  it('gives a report its year and type filters, its type and date meta, and the date sort key', () => {
    expect(pageFields({ kind: 'reports', year: 2024, date: '2024-01-18' })).toEqual([
      { 'data-pagefind-filter': '年份:2024' },
      { 'data-pagefind-filter': '类型:工作报告' },
      { 'data-pagefind-meta': 'type:工作报告' },
      { 'data-pagefind-meta': 'date:2024-01-18' },
      { 'data-pagefind-sort': 'date:2024-01-18' },
    ]);
  });

  it('gives an enterprise its county but no year or date', () => {
    expect(pageFields({ kind: 'enterprises', county: '东坪县' })).toEqual([
      { 'data-pagefind-filter': '类型:企业' },
      { 'data-pagefind-filter': '区县:东坪县' },
      { 'data-pagefind-meta': 'type:企业' },
    ]);
  });

  it('carries an honour list’s rows as meta', () => {
    expect(pageFields({ kind: 'honors', year: 2024, rows: 'lin-qiu-shi=林秋实' })).toContainEqual({ 'data-pagefind-meta': 'rows:lin-qiu-shi=林秋实' });
  });

  it('declares an enterprise’s aliases for the pinyin table, once each', () => {
    expect(pageFields({ kind: 'enterprises', names: ['华瑞药业', '华瑞药业', '锦川制药厂'] }).filter((f) => 'data-search-name' in f)).toEqual([
      { 'data-search-name': '华瑞药业' },
      { 'data-search-name': '锦川制药厂' },
    ]);
  });
});
