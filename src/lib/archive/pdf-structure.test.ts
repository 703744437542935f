import { describe, expect, it } from 'vitest';
import { readNamedDestinations, readPdfPageCount } from './pdf-structure.ts';
import { makeTestPdf } from './pdf-test-file.ts';

// Objects: 1 catalog, 2 root Pages with a nested Pages node 3, pages 4–6, 7 the /Dests dictionary.
const pdf = makeTestPdf([
  '<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>',
  '<</Type /Pages\n/Count 3\n/Kids [4 0 R 3 0 R]>>',
  '<</Type /Pages\n/Count 2\n/Kids [6 0 R 5 0 R]>>',
  '<</Type /Page\n/Parent 2 0 R>>',
  '<</Type /Page\n/Parent 3 0 R>>',
  '<</Type /Page\n/Parent 3 0 R>>',
  '<</r-changwei [6 0 R /XYZ 6 826.16998 0]\n/h-xianjin [5 0 R /XYZ 6 826.16998 0]\n/s-lvye#2Dlengl [4 0 R /XYZ 6 500 0]>>',
]);

describe('readPdfPageCount', () => {
  it('counts the pages through nested page-tree nodes', () => {
    expect(readPdfPageCount(pdf)).toBe(3);
  });
});

describe('readNamedDestinations', () => {
  it('gives the page number of every named destination, in page-tree order', () => {
    expect(Object.fromEntries(readNamedDestinations(pdf))).toEqual({ 'r-changwei': 2, 'h-xianjin': 3, 's-lvye-lengl': 1 });
  });

  it('refuses a file that is not a PDF with a cross-reference table', () => {
    expect(() => readPdfPageCount(Buffer.from('不是 PDF'))).toThrow('PDF 结构无法识别：没有 startxref');
  });
});
