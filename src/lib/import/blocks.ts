/** A piece of an imported document: one line of text (a paragraph) or a table. */
export type Block = { type: 'text'; text: string; line: number } | { type: 'table'; rows: string[][]; line: number };

/** Cleans a pasted line: drops zero-width characters and BOMs, turns NBSP into a space, trims indents. `"　　各位执委：\u200B"` → `"各位执委："` */
export function cleanLine(line: string): string {
  return line.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\u00A0/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * Splits plain text into blocks, one per non-empty line; runs of tab-separated lines become a table.
 * `"标题\n名称\t地区\n华瑞药业\t临溪县"` → `[text "标题", table [["名称","地区"],["华瑞药业","临溪县"]]]`
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const isRow = raw.includes('\t') && raw.split('\t').filter((c) => cleanLine(c) !== '').length >= 2;
    const last = blocks.at(-1);
    if (isRow) {
      const cells = raw.split('\t').map(cleanLine);
      if (last?.type === 'table' && last.line + last.rows.length === i + 1) last.rows.push(cells);
      else blocks.push({ type: 'table', rows: [cells], line: i + 1 });
      return;
    }
    const text = cleanLine(raw);
    if (text !== '') blocks.push({ type: 'text', text, line: i + 1 });
  });
  return blocks.map((b) => (b.type === 'table' && b.rows.length < 2 ? { type: 'text', text: (b.rows[0] ?? []).join(' '), line: b.line } : b));
}
