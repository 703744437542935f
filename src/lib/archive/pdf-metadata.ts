import { PDFDocument } from 'pdf-lib';

/** The document information a printed compilation carries: what a PDF reader shows as its title, author and language. */
export interface PdfMetadata {
  title: string;
  /** The organisation that issues the volume. */
  author: string;
  /** BCP 47, as the page's `<html lang>`: `"zh-CN"`. */
  language: string;
}

/**
 * Writes title, author and language into a PDF's document information and catalog (Chromium writes the title and
 * language from the page, but no author), leaving every page, font, tag and bookmark as it was, and the dates as they
 * were (fixPdfDates sets them afterwards). The file keeps a classic cross-reference table, so pdf-structure.ts reads it.
 * `(pdf, { title: "锦川工商联2024年度汇编", author: "锦川市工商业联合会（总商会）", language: "zh-CN" })` → the PDF with /Author set
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setLanguage(metadata.language);
  return Buffer.from(await document.save({ useObjectStreams: false, updateFieldAppearances: false }));
}
