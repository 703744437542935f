/**
 * Sets a PDF's /CreationDate and /ModDate to a day of our choosing, so the same content prints to the same bytes.
 * The new value has the length Chromium writes (`D:20261127074247+00'00'`), so no offset in the xref table moves.
 * `(pdf with "/CreationDate (D:20261127074247+00'00')", "2024-08-20")` → `"/CreationDate (D:20240820000000+08'00')"`
 */
export function fixPdfDates(pdf: Uint8Array, isoDate: string): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const stamp = `D:${isoDate.replace(/-/g, '')}000000+08'00'`;
  let found = 0;
  const fixed = text.replace(/\/(CreationDate|ModDate)\s*\(([^)]*)\)/g, (all, key: string, value: string) => {
    if (value.length !== stamp.length) throw new Error(`PDF 的 /${key} 格式与预期不同（${value}），无法固定日期`);
    found += 1;
    return all.replace(value, stamp);
  });
  if (found === 0) throw new Error('PDF 里没有 /CreationDate 或 /ModDate，无法固定日期');
  return Buffer.from(fixed, 'latin1');
}
