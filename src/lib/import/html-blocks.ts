import { cleanLine, type Block } from './blocks.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities mammoth writes: `"A&amp;B &#26631;"` → `"A&B 标"`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Reads the simple HTML mammoth produces from a Word file into blocks: paragraphs, headings and list items
 * become text lines, tables keep their rows and cells; images are dropped (and counted).
 * `"<p>一、总体要求</p><table><tr><td><p>名称</p></td></tr>…"` → `[text "一、总体要求", table …]`
 */
export function htmlToBlocks(html: string): { blocks: Block[]; droppedImages: number } {
  const blocks: Block[] = [];
  let droppedImages = 0;
  let text = '';
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let href: string | null = null;
  let linkText = '';
  const flush = () => {
    for (const part of text.split('\n')) {
      const line = cleanLine(part);
      if (line === '') continue;
      if (cell) cell.push(line);
      else blocks.push({ type: 'text', text: line, line: blocks.length + 1 });
    }
    text = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attrs = '', chunk] = m;
    if (chunk !== undefined) {
      const decoded = decodeEntities(chunk);
      if (href !== null) linkText += decoded;
      else text += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'br') text += '\n';
    else if (tag === 'img') droppedImages += 1;
    else if (tag === 'a' && !closing) {
      href = /href="([^"]*)"/.exec(attrs)?.[1] ?? '';
      linkText = '';
    } else if (tag === 'a' && closing) {
      const url = decodeEntities(href ?? '');
      text += /^https?:\/\//.test(url) ? `[${linkText}](${url})` : linkText;
      href = null;
    } else if (BLOCK_TAGS.has(tag)) flush();
    else if (tag === 'table' && !closing) table = [];
    else if (tag === 'tr' && !closing) row = [];
    else if ((tag === 'td' || tag === 'th') && !closing) cell = [];
    else if ((tag === 'td' || tag === 'th') && closing) {
      flush();
      row?.push((cell ?? []).join(' '));
      cell = null;
    } else if (tag === 'tr' && closing) {
      if (row) table?.push(row);
      row = null;
    } else if (tag === 'table' && closing) {
      if (table && table.length > 0) blocks.push({ type: 'table', rows: table, line: blocks.length + 1 });
      table = null;
    }
  }
  flush();
  return { blocks, droppedImages };
}
