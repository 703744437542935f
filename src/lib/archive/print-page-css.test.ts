import { describe, expect, it } from 'vitest';
import { buildPrintPageCss, cssString } from './print-page-css.ts';

describe('cssString', () => {
  it('quotes text as a CSS string, escaping quotes, backslashes and line breaks by code point', () => {
    expect(cssString('锦川"工商联')).toBe('"锦川\\22 工商联"');
    expect(cssString('a\\b\nc')).toBe('"a\\5c b\\a c"');
  });
});

describe('buildPrintPageCss', () => {
  it('puts the volume title on left-hand pages and the part on right-hand pages of each named page', () => {
    expect(buildPrintPageCss({ volume: '锦川工商联2024年度汇编', parts: { contents: '目录', reports: '工作报告' } })).toBe(
      '@page contents:left{@top-left{content:"锦川工商联2024年度汇编"}}\n@page contents:right{@top-right{content:"目录"}}\n' +
        '@page reports:left{@top-left{content:"锦川工商联2024年度汇编"}}\n@page reports:right{@top-right{content:"工作报告"}}\n',
    );
  });
});
