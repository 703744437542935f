import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fixPdfDates } from './pdf-dates.ts';
import { setPdfMetadata } from './pdf-metadata.ts';
import { readPdfPageCount } from './pdf-structure.ts';
import { makeTestPdf } from './pdf-test-file.ts';

const printed = makeTestPdf(['<</Type /Catalog /Pages 2 0 R /Lang (en)>>', '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>']);
const metadata = { title: '锦川工商联2024年度汇编', author: '锦川市工商业联合会（总商会）', language: 'zh-CN' };

describe('setPdfMetadata', () => {
  it('writes the title, the organisation as author and the language', async () => {
    const pdf = await PDFDocument.load(await setPdfMetadata(printed, metadata), { updateMetadata: false });
    expect([pdf.getTitle(), pdf.getAuthor(), pdf.catalog.get(pdf.catalog.context.obj('Lang'))?.toString()]).toEqual([metadata.title, metadata.author, '(zh-CN)']);
  });

  it('keeps the pages, a classic cross-reference table and the dates the printer wrote, so fixPdfDates still applies', async () => {
    const pdf = await setPdfMetadata(printed, metadata);
    expect(readPdfPageCount(pdf)).toBe(2);
    expect(fixPdfDates(pdf, '2024-10-16').toString('latin1')).toContain("/CreationDate (D:20241016000000+08'00')");
  });

  it('writes the same bytes for the same PDF', async () => {
    expect((await setPdfMetadata(printed, metadata)).equals(await setPdfMetadata(printed, metadata))).toBe(true);
  });
});
