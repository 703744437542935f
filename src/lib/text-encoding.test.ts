import { describe, expect, it } from 'vitest';
import { encodeLegacy, encodeUtf16 } from '../../tests/support/encode-legacy.ts';
import { commonHanShare, decodeText, detectEncoding } from './text-encoding.ts';

const report = '---\ntitle: 在市工商联执委会议上的工作报告\ndate: 2024-01-18\n---\n\n一、2023年工作回顾\n\n全市民营企业的发展质量和效益不断提高，营商环境持续改善。\n';
const traditional = '---\ntitle: 香港工商業聯會年度報告\n---\n\n本會在過去一年中推動會員企業發展，服務社會的工作取得新的成果。\n';

describe('detectEncoding', () => {
  it('knows UTF-8, with or without a byte order mark', () => {
    expect([detectEncoding(Buffer.from(report)), detectEncoding(Buffer.from(`\uFEFF${report}`)), detectEncoding(Buffer.from('---\ntitle: abc\n---\n'))]).toEqual(['utf-8', 'utf-8', 'utf-8']);
  });

  it('knows a GB18030 (GBK) file saved by Notepad or WPS as ANSI', () => {
    expect(detectEncoding(encodeLegacy(report, 'gb18030'))).toBe('gb18030');
  });

  it('tells a Big5 file from a GBK one by what the text says', () => {
    expect(detectEncoding(encodeLegacy(traditional, 'big5'))).toBe('big5');
  });

  it('knows UTF-16 in either byte order, with or without a byte order mark', () => {
    expect([encodeUtf16(report, 'le'), encodeUtf16(report, 'be'), encodeUtf16(report, 'le', false), encodeUtf16(report, 'be', false)].map(detectEncoding)).toEqual([
      'utf-16le',
      'utf-16be',
      'utf-16le',
      'utf-16be',
    ]);
  });

  it('gives up on bytes no candidate decodes', () => {
    expect(detectEncoding(new Uint8Array([0x80, 0xff, 0x80, 0xff, 0xc0]))).toBe('unknown');
  });
});

describe('decodeText', () => {
  it('gives back exactly the text of a GB18030 file', () => {
    expect(decodeText(encodeLegacy(report, 'gb18030'))).toEqual({ encoding: 'gb18030', text: report });
  });

  it('drops the byte order mark of UTF-16 but keeps UTF-8’s, which the checker reports', () => {
    expect(decodeText(encodeUtf16(report, 'le')).text).toBe(report);
    expect(decodeText(Buffer.from(`\uFEFF${report}`)).text).toBe(`\uFEFF${report}`);
  });
});

describe('commonHanShare', () => {
  it('is high for real Chinese text and zero without Han characters', () => {
    expect(commonHanShare('的是工作报告')).toBe(1);
    expect(commonHanShare('abc')).toBe(0);
    expect(commonHanShare(report)).toBeGreaterThan(0.5);
  });
});
