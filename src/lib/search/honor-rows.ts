/** One honouree row as the search index carries it: its anchor on the page and its cells' text. */
export interface IndexedRow {
  anchor: string;
  text: string;
}

/** The Pagefind meta key under which an honour page lists its rows. */
export const ROWS_META = 'rows';

/**
 * Packs an honour page's rows into one Pagefind meta value, so a hit on a name can link to its row:
 * `encodeRows([{ anchor: "zhang-wei", cells: ["张伟", "华瑞药业"] }])` → `"zhang-wei=张伟 华瑞药业"`.
 */
export function encodeRows(rows: ReadonlyArray<{ anchor: string; cells: readonly string[] }>): string {
  return rows.map((row) => `${row.anchor}=${row.cells.join(' ').replace(/[;\s]+/g, ' ').trim()}`).join(';');
}

/** Unpacks what `encodeRows` wrote: `"zhang-wei=张伟 华瑞药业"` → `[{ anchor: "zhang-wei", text: "张伟 华瑞药业" }]`. */
export function decodeRows(value: string | undefined): IndexedRow[] {
  if (!value) return [];
  return value.split(';').flatMap((entry) => {
    const at = entry.indexOf('=');
    return at > 0 ? [{ anchor: entry.slice(0, at), text: entry.slice(at + 1) }] : [];
  });
}

/** The first row whose text `holds` the query (every term, as written or in a declared form), if any: a search for 张伟 lands on 张伟's row. */
export function findRow(rows: readonly IndexedRow[], holds: (text: string) => boolean): IndexedRow | undefined {
  return rows.find((row) => holds(row.text));
}
