import { stringify } from 'csv-stringify/sync';

/**
 * A table as a CSV file Excel opens correctly: UTF-8 with a byte-order mark (without it Excel on Windows reads the
 * Chinese as GBK mojibake), CRLF line ends, every field quoted where RFC 4180 needs it (csv-stringify).
 * `(["名称", "地区"], [["华瑞药业", "锦南区"]])` → `"\uFEFF名称,地区\r\n华瑞药业,锦南区\r\n"`
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
