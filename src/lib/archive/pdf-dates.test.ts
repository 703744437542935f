import { describe, expect, it } from 'vitest';
import { fixPdfDates } from './pdf-dates.ts';
import { readPdfPageCount } from './pdf-structure.ts';
import { makeTestPdf } from './pdf-test-file.ts';

const objects = ['<</Type /Catalog\n/Pages 2 0 R>>', '<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>', '<</Type /Page\n/Parent 2 0 R>>'];

describe('fixPdfDates', () => {
  it('sets both dates to midnight Beijing time of the given day', () => {
    const fixed = fixPdfDates(makeTestPdf(objects), '2024-08-20').toString('latin1');
    expect(fixed).toContain("/CreationDate (D:20240820000000+08'00')");
    expect(fixed).toContain("/ModDate (D:20240820000000+08'00')");
  });

  it('makes two prints at different moments byte-identical', () => {
    const later = makeTestPdf(objects, "<</CreationDate (D:20261128093015+00'00')\n/ModDate (D:20261128093015+00'00')>>");
    const earlier = makeTestPdf(objects, "<</CreationDate (D:20261127074247+00'00')\n/ModDate (D:20261127074247+00'00')>>");
    expect(fixPdfDates(later, '2024-08-20').equals(fixPdfDates(earlier, '2024-08-20'))).toBe(true);
  });

  it('keeps the file readable: the length and so the xref offsets do not move', () => {
    const original = makeTestPdf(objects);
    const fixed = fixPdfDates(original, '2024-08-20');
    expect([fixed.length, readPdfPageCount(fixed)]).toEqual([original.length, 1]);
  });

  it('refuses a PDF without dates rather than passing it on unfixed', () => {
    expect(() => fixPdfDates(makeTestPdf(objects, '<</Producer (x)>>'), '2024-08-20')).toThrow('PDF 里没有 /CreationDate 或 /ModDate，无法固定日期');
  });
});
