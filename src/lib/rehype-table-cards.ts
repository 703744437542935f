import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

/*
 * Tables written in Markdown, made ready to become cards on a narrow screen (global.css): each table is put in a
 * `.table-wrap` box, and every body cell after the first is given its column's header as `data-label`, which the
 * card shows before the value. The first cell of a row is the card's title and needs no label. Runs after the HTML
 * policy (rehype-safe-html.ts): it only adds attributes made from the table's own text.
 */

const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
const rowsOf = (section: Element) => section.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tr');

function sections(table: Element, name: 'thead' | 'tbody'): Element[] {
  return table.children.filter((c): c is Element => c.type === 'element' && c.tagName === name);
}

/** Labels the body cells of a table from its header row: `| 企业 | 地区 |` → the 地区 cell of each row gets `data-label="地区"`. */
export function labelTableCells(table: Element): void {
  const headRow = sections(table, 'thead').flatMap(rowsOf)[0];
  if (!headRow) return;
  const labels = cellsOf(headRow).map((cell) => toText(cell).trim());
  for (const row of sections(table, 'tbody').flatMap(rowsOf)) {
    cellsOf(row).forEach((cell, i) => {
      const label = labels[i];
      if (i > 0 && label) cell.properties['dataLabel'] = label;
    });
  }
}

/**
 * Rehype plugin: every table in a `<div class="table-wrap">` that keyboard users can scroll when it is wide (a region
 * named 表格 1, 表格 2 … in page order), its cells labelled for the cards. `revision` only changes the options, so
 * Astro's render cache is dropped when this code changes.
 * `<table><thead><tr><th>企业</th><th>地区</th></tr></thead><tbody><tr><td>华瑞药业</td><td>锦南区</td></tr></tbody></table>` →
 * `<div class="table-wrap" role="region" aria-label="表格 1" tabindex="0"><table>…<td>华瑞药业</td><td data-label="地区">锦南区</td>…</table></div>`
 */
export function rehypeTableCards(_options: { revision?: string } = {}) {
  return (tree: Root): void => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
      count += 1;
      labelTableCells(node);
      const wrap: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', ariaLabel: `表格 ${count}`, tabIndex: 0 },
        children: [node],
      };
      (parent.children as ElementContent[])[index] = wrap;
      return SKIP;
    });
  };
}
