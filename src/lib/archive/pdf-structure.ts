/**
 * Reads the little of a PDF's structure the compilation needs — the page tree and named destinations — from the
 * classic cross-reference table Chromium (Skia) writes. Not a general PDF parser: no object streams, no encryption.
 */

type Objects = Map<number, string>;

function readObjects(pdf: Uint8Array): Objects {
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('PDF 结构无法识别：没有 startxref');
  const xref = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(Number(startxref[1])));
  if (!xref) throw new Error('PDF 结构无法识别：不是传统的 xref 表');
  const first = Number(xref[1]);
  const count = Number(xref[2]);
  const table = text.slice(Number(startxref[1]) + xref[0].length);
  const objects: Objects = new Map();
  for (let i = 0; i < count; i++) {
    const row = table.slice(i * 20, i * 20 + 18);
    if (!row.endsWith('n')) continue;
    const offset = Number(row.slice(0, 10));
    // Only the dictionary part is wanted; stream data (binary) starts after "stream".
    const end = text.slice(offset).search(/\bstream\b|\bendobj\b/);
    objects.set(first + i, text.slice(offset, offset + end).replace(/^\d+\s+\d+\s+obj\s*/, ''));
  }
  return objects;
}

function ref(dict: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return match ? Number(match[1]) : undefined;
}

function catalog(objects: Objects): string {
  for (const body of objects.values()) if (/\/Type\s*\/Catalog\b/.test(body)) return body;
  throw new Error('PDF 结构无法识别：没有 Catalog');
}

function pageOrder(objects: Objects, node: number): number[] {
  const body = objects.get(node) ?? '';
  if (!/\/Type\s*\/Pages\b/.test(body)) return [node];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((m) => pageOrder(objects, Number(m[1])));
}

function decodeName(name: string): string {
  return name.replace(/#([0-9a-f]{2})/gi, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** How many pages the PDF has, from its page tree. */
export function readPdfPageCount(pdf: Uint8Array): number {
  const objects = readObjects(pdf);
  const pages = ref(catalog(objects), 'Pages');
  return pages === undefined ? 0 : pageOrder(objects, pages).length;
}

/**
 * The page (1-based) each named destination points at. Chromium names one for every `id` a link in the document targets.
 * `<a href="#r-changwei">` … `<h2 id="r-changwei">` on the third page → `Map { "r-changwei" => 3 }`
 */
export function readNamedDestinations(pdf: Uint8Array): Map<string, number> {
  const objects = readObjects(pdf);
  const root = catalog(objects);
  const pagesRef = ref(root, 'Pages');
  const order = pagesRef === undefined ? [] : pageOrder(objects, pagesRef);
  const destsRef = ref(root, 'Dests');
  const dests = destsRef === undefined ? '' : (objects.get(destsRef) ?? '');
  const result = new Map<string, number>();
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = order.indexOf(Number(match[2]));
    if (page >= 0) result.set(decodeName(match[1]!), page + 1);
  }
  return result;
}
