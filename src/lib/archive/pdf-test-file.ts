/** Builds a small but well-formed PDF (classic xref table, like Chromium's) for the PDF module tests. */
export function makeTestPdf(objects: readonly string[], info = "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261127074247+00'00')\n/ModDate (D:20261127074247+00'00')>>"): Buffer {
  const all = [...objects, info];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  all.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<</Size ${all.length + 1}\n/Root 1 0 R\n/Info ${all.length} 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}
