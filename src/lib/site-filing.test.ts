import { describe, expect, it } from 'vitest';
import { isIcpNumber, isPoliceNumber, policeRecordUrl, WEBSITE_CODE_PATTERN } from './site-filing.ts';

describe('filing numbers', () => {
  it('accepts ICP numbers as MIIT issues them, with or without the site number', () => {
    expect(['京ICP备12345678号', '锦ICP备2024000001号-1', '沪ICP证030173号', '测ICP备0000001号'].map(isIcpNumber)).toEqual([true, true, true, true]);
  });

  it('refuses ICP numbers with a label, spaces, no province or no 号', () => {
    expect(['ICP备案号：京ICP备12345678号', '京ICP备 12345678号', 'ICP备12345678号', '京ICP备12345678', '京icp备12345678号'].map(isIcpNumber)).toEqual([false, false, false, false, false]);
  });

  it('accepts a 公安备案号 of 14 digits and refuses other lengths and labels', () => {
    expect(['京公网安备11010502030143号', '粤公网安备 44030502008569号', '京公网安备1101050203014号', '公安备案号：京公网安备11010502030143号'].map(isPoliceNumber)).toEqual([true, true, false, false]);
  });

  it('links a 公安备案号 to its record page by its digits', () => {
    expect(policeRecordUrl('粤公网安备 44030502008569号')).toBe('https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44030502008569');
  });

  it('takes ten letters or digits as a 网站标识码', () => {
    expect(['3601000001', 'bm01000001', '360100000', '36010000011'].map((c) => WEBSITE_CODE_PATTERN.test(c))).toEqual([true, true, false, false]);
  });
});
