import { Parser } from 'htmlparser2';
import { cleanLine, type Block } from './blocks.ts';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Reads the simple HTML mammoth produces from a Word file, with an HTML parser, into blocks: paragraphs, headings and list items
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
  const parser = new Parser(
    {
      ontext(chunk) {
        if (href !== null) linkText += chunk;
        else text += chunk;
      },
      onopentag(tag, attribs) {
        if (tag === 'br') text += '\n';
        else if (tag === 'img') droppedImages += 1;
        else if (tag === 'a') {
          href = attribs['href'] ?? '';
          linkText = '';
        } else if (BLOCK_TAGS.has(tag)) flush();
        else if (tag === 'table') table = [];
        else if (tag === 'tr') row = [];
        else if (tag === 'td' || tag === 'th') cell = [];
      },
      onclosetag(tag) {
        if (tag === 'a') {
          text += /^https?:\/\//.test(href ?? '') ? `[${linkText}](${href})` : linkText;
          href = null;
        } else if (BLOCK_TAGS.has(tag)) flush();
        else if (tag === 'td' || tag === 'th') {
          flush();
          row?.push((cell ?? []).join(' '));
          cell = null;
        } else if (tag === 'tr') {
          if (row) table?.push(row);
          row = null;
        } else if (tag === 'table') {
          if (table && table.length > 0) blocks.push({ type: 'table', rows: table, line: blocks.length + 1 });
          table = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return { blocks, droppedImages };
}
