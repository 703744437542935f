import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';

/** The most columns (besides 序号) a table may have to stay a table on a phone in the 公众号 (about 340 px of text). */
export const MAX_COLUMNS = 2;

const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
const rowsOf = (table: Element): Element[] =>
  table.children.flatMap((c): Element[] => (c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? rowsOf(c) : []));

/**
 * A table too wide for a phone as one block per row: the row's name in bold (its row header, else its first cell after
 * a 序号), then each other cell as “列名：内容”. Every row and every cell stays; nothing is hidden off screen.
 * `| 序号 | 名称 | 职务 | 地区 |` / `| 1 | 陈怀瑾 | 董事长 | 锦南区 |` → `<p class="stacked-row"><strong>1. 陈怀瑾</strong><br>职务：董事长<br>地区：锦南区</p>`
 */
export function stackTable(table: Element): Element[] {
  const [head, ...body] = rowsOf(table);
  if (!head) return [];
  const labels = cells(head).map((cell) => toText(cell).trim());
  const serial = labels[0] === '序号' ? 0 : -1;
  return body.map((row) => {
    const values = cells(row);
    const nameAt = Math.max(values.findIndex((cell) => cell.tagName === 'th'), serial + 1);
    const name = values[nameAt];
    const title = [serial === 0 ? `${toText(values[0]!).trim()}. ` : '', ...(name ? name.children : [])];
    const rest = values.flatMap((cell, i) => (i === nameAt || i === serial ? [] : [h('br'), `${labels[i] ?? ''}：`, ...cell.children]));
    return h('p', { className: ['stacked-row'] }, h('strong', title as ElementContent[]), ...(rest as ElementContent[]));
  });
}

/** Replaces every table wider than `MAX_COLUMNS` (a 序号 column not counted), at any depth, by its stacked rows. */
export function stackWideTables(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (node.tagName === 'table') {
      const head = rowsOf(node)[0];
      const columns = head ? cells(head).length - (toText(cells(head)[0] ?? h('td')).trim() === '序号' ? 1 : 0) : 0;
      return columns > MAX_COLUMNS ? stackTable(node) : [{ ...node, children: stackWideTables(node.children) }];
    }
    return [{ ...node, children: stackWideTables(node.children) }];
  });
}
