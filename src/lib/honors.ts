import type { Nodes, Root, RootContent, Table } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeSafeHtml } from './rehype-safe-html.ts';
import { slugify } from './slug.ts';

/** Column headers that hold the honouree's name, in order of preference. */
export const NAME_COLUMNS = ['名称', '姓名', '单位名称', '企业名称', '单位'] as const;

/** One honouree: a row of an honour table, with the anchor its row gets on the page. */
export interface Honoree {
  name: string;
  anchor: string;
  /** Cell texts in column order, one per column (a cell the row lacks is empty). */
  cells: string[];
  /** How many cells the row has as written: more than the columns means text the table cannot show. */
  written: number;
  /** 1-based line of the row in the Markdown body. */
  line: number;
}

/** One honour table and the heading it stands under (e.g. 先进民营企业). */
export interface HonorTable {
  heading: string | null;
  columns: string[];
  /** Index of the name column, or -1 when the table has none of NAME_COLUMNS. */
  nameColumn: number;
  /** Every row with text in it, in order; a row without a name stays (the checker refuses it, it never vanishes). */
  rows: Honoree[];
  /** Lines of rows with no text at all, which are not published (the checker says so). */
  blankRows: number[];
  line: number;
}

/** The body of an honour list, in order: prose rendered to HTML, and structured tables. */
export type HonorBlock = { type: 'html'; html: string } | { type: 'table'; table: HonorTable };

const parser = unified().use(remarkParse).use(remarkGfm);
// Raw HTML in the prose goes through the same allowlist as every other page (html-policy.ts).
const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml).use(rehypeStringify);

function renderProse(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  return toHtml.stringify(toHtml.runSync(root));
}

/** Gives each name an anchor from its pinyin, numbered when a name repeats: `"周明远"` → `"zhou-ming-yuan"`. */
export function createHonoreeAnchors(): (name: string) => string {
  const used = new Map<string, number>();
  return (name) => {
    const base = slugify(name);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  };
}

/**
 * The text a reader sees in a cell or heading: raw HTML in it (tags, comments) is not text. `<!-- 内部备注 -->` would otherwise be
 * printed as written on the page, in the row's anchor, the search index and the open data.
 * `澄江某公司<!-- 备注 --> <b>北岸区</b>` → `"澄江某公司 北岸区"`
 */
export function visibleText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(visibleText).join('') : '';
}

function readTable(table: Table, heading: string | null, anchorFor: (name: string) => string): HonorTable {
  const [head, ...body] = table.children;
  const columns = (head?.children ?? []).map((cell) => visibleText(cell).trim());
  const nameColumn = NAME_COLUMNS.map((c) => columns.indexOf(c)).find((i) => i >= 0) ?? -1;
  const read = body.map((row) => {
    const written = row.children.map((cell) => visibleText(cell).trim());
    const cells = columns.map((_, i) => written[i] ?? '');
    return { name: cells[Math.max(nameColumn, 0)] ?? '', cells, written: written.length, line: row.position?.start.line ?? 0, blank: written.every((t) => t === '') };
  });
  const rows = read.filter((row) => !row.blank).map(({ blank: _blank, ...row }) => ({ ...row, anchor: anchorFor(row.name) }));
  const blankRows = read.filter((row) => row.blank).map((row) => row.line);
  return { heading, columns, nameColumn, rows, blankRows, line: table.position?.start.line ?? 0 };
}

/**
 * Splits an honour list's Markdown into prose and honouree tables.
 * `"## 先进民营企业\n\n| 名称 | 地区 |\n|---|---|\n| 锦川华瑞药业股份有限公司 | 临溪县 |"` →
 * `[{ type: "html", html: "<h2>先进民营企业</h2>" }, { type: "table", table: { heading: "先进民营企业", rows: [{ name: "锦川华瑞药业股份有限公司", … }] } }]`
 */
export function parseHonorDocument(markdown: string): HonorBlock[] {
  const tree = parser.parse(markdown);
  const anchorFor = createHonoreeAnchors();
  const blocks: HonorBlock[] = [];
  let prose: RootContent[] = [];
  let heading: string | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') heading = visibleText(node).trim();
    if (node.type !== 'table') {
      prose.push(node);
      continue;
    }
    if (prose.length) blocks.push({ type: 'html', html: renderProse(prose) });
    prose = [];
    blocks.push({ type: 'table', table: readTable(node, heading, anchorFor) });
  }
  if (prose.length) blocks.push({ type: 'html', html: renderProse(prose) });
  return blocks;
}

/**
 * The honouree tables of an already parsed honour list (remark-parse + remark-gfm), as
 * `parseHonorDocument` would find them, without rendering the prose: for the content check.
 */
export function readHonorTables(tree: Root): HonorTable[] {
  const anchorFor = createHonoreeAnchors();
  const tables: HonorTable[] = [];
  let heading: string | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') heading = visibleText(node).trim();
    if (node.type === 'table') tables.push(readTable(node, heading, anchorFor));
  }
  return tables;
}

/** Only the tables of a parsed honour list. */
export function honorTables(blocks: readonly HonorBlock[]): HonorTable[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []));
}
