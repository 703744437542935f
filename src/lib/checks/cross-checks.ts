import { createEnterpriseIndex, type EnterpriseIndex, type EnterpriseNames } from '../enterprise-index.ts';
import { NAME_COLUMNS, type HonorTable, type Honoree } from '../honors.ts';
import { headingNamesPeople, honoreeKind, PERSON_COLUMN } from '../honoree-count.ts';
import { isAsciiSlug } from '../slug.ts';
import type { LoadedEntry } from './entry.ts';
import { KIND_NAMES } from '../content-kinds.ts';
import { numbersText } from '../../i18n/numbers.ts';
import { at, type LocalFinding } from './finding.ts';
import { suggestClosest } from './suggest.ts';

/** Two pieces of the same kind and year with the same URL slug (each is told of the other), or an old slug that is another's current one. */
export function checkDuplicateSlugs(entries: readonly LoadedEntry[], display: (rel: string) => string): Map<LoadedEntry, LocalFinding[]> {
  const result = new Map<LoadedEntry, LocalFinding[]>();
  const add = (entry: LoadedEntry, finding: LocalFinding) => result.set(entry, [...(result.get(entry) ?? []), finding]);
  const byUrl = Map.groupBy(entries, (entry) => entry.url);
  const seen = new Map([...byUrl].map(([url, group]) => [url, group[0]!]));
  for (const [url, group] of byUrl) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => display(other.rel)).join('、');
      const hint = entry.kind === 'enterprise' ? '请给其中一个改文件名' : entry.kind === 'event' ? numbersText.events.duplicate : '请在其中一个的信息区写一个不同的 slug';
      const where = entry.places.slug;
      add(entry, at(where.line, where.column, 'error', 'duplicate-slug', `网址 ${url} 与 ${others} 重复，${hint}`));
    }
  }
  for (const entry of entries) {
    const old = Array.isArray(entry.data['redirectFrom']) ? entry.data['redirectFrom'] : [];
    old.forEach((from, i) => {
      const url = entry.oldUrls.find((u) => u.endsWith(`/${String(from)}/`));
      const other = url === undefined ? undefined : seen.get(url);
      if (!other || other === entry) return;
      const pos = entry.places.redirectFrom[i] ?? { line: 1, column: 1 };
      add(entry, at(pos.line, pos.column, 'error', 'duplicate-slug', `旧网址名“${String(from)}”正被 ${display(other.rel)} 使用，跳转会覆盖那一页；请删掉这一项`));
    });
  }
  return result;
}

/** Enterprise file names must be URL-safe: `huarui-yaoye.yaml`. */
export function checkEnterpriseFileName(entry: LoadedEntry): LocalFinding[] {
  if (entry.kind !== 'enterprise' || isAsciiSlug(entry.slug)) return [];
  return [at(1, 1, 'error', 'enterprise-file-name', `企业文件名“${entry.slug}”只能用小写英文字母、数字和连字符，例如 huarui-yaoye.yaml（它就是企业页面的网址）`)];
}

interface EnterpriseLookup {
  names: EnterpriseNames[];
  index: EnterpriseIndex;
  candidates: string[];
}

// One lookup per list of enterprises, shared by every story of the tree (not rebuilt per story).
const lookups = new WeakMap<readonly LoadedEntry[], EnterpriseLookup>();

function lookupFor(enterprises: readonly LoadedEntry[]): EnterpriseLookup {
  let lookup = lookups.get(enterprises);
  if (lookup) return lookup;
  const names = enterprises.map((e) => ({
    slug: e.slug,
    name: typeof e.data['name'] === 'string' ? e.data['name'] : e.slug,
    aliases: Array.isArray(e.data['aliases']) ? e.data['aliases'].filter((a): a is string => typeof a === 'string') : [],
  }));
  lookup = { names, index: createEnterpriseIndex(names), candidates: names.flatMap((e) => [e.slug, e.name, ...e.aliases]) };
  lookups.set(enterprises, lookup);
  return lookup;
}

/** Story `enterprises:` entries that match no enterprise file name, full name or alias, with a "did you mean". */
export function checkEnterpriseReferences(entry: LoadedEntry, enterprises: readonly LoadedEntry[]): LocalFinding[] {
  const list = entry.data['enterprises'];
  if (entry.kind !== 'story' || !Array.isArray(list)) return [];
  const { names, index, candidates } = lookupFor(enterprises);
  const findings: LocalFinding[] = [];
  list.forEach((reference, i) => {
    if (typeof reference !== 'string' || index.resolve(reference) !== undefined) return;
    const guess = suggestClosest(reference, candidates);
    const owner = guess === undefined ? undefined : names.find((e) => e.slug === guess || e.name === guess || e.aliases.includes(guess));
    const hint = owner ? `，是不是“${owner.name}”（${owner.slug}）？` : '；请先在 content/enterprises/ 里添加这家企业';
    const pos = entry.places.enterprises[i] ?? { line: 1, column: 1 };
    findings.push(at(pos.line, pos.column, 'error', 'unknown-enterprise', `不认识的企业“${reference}”${hint}`));
  });
  return findings;
}

/** What editors write for "same as above" in a cell; on a web page (cards on a phone, a search hit) it means nothing. */
const DITTO = new Set(['〃', '″', '〞', '"', '”', '同上', '同前', '同左']);

/** The value a ditto mark stands for: the same column in the nearest row above that says something. */
function dittoValue(rows: readonly Honoree[], row: number, column: number): string | undefined {
  for (let i = row - 1; i >= 0; i -= 1) {
    const value = rows[i]?.cells[column] ?? '';
    if (value !== '' && !DITTO.has(value)) return value;
  }
  return undefined;
}

function checkRows(table: HonorTable, bodyLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const line = (l: number) => l + bodyLine - 1;
  const nameColumn = Math.max(table.nameColumn, 0);
  table.rows.forEach((row, r) => {
    if (row.name === '') findings.push(at(line(row.line), 1, 'error', 'honor-row-name', `这一行的“${table.columns[nameColumn] ?? '名称'}”是空的：名单上每一行都要写受表彰的企业、个人或单位，否则这一行无法发布`));
    if (row.written > table.columns.length) {
      findings.push(at(line(row.line), 1, 'error', 'honor-row-cells', `这一行写了 ${row.written} 格，表头只有 ${table.columns.length} 列，多出的内容不会显示；请删掉多余的“|”或在表头加一列`));
    } else if (row.written < table.columns.length) {
      const empty = table.columns.slice(row.written).map((c) => `“${c}”`).join('、');
      findings.push(at(line(row.line), 1, 'warning', 'honor-row-cells', `这一行只有 ${row.written} 格，表头有 ${table.columns.length} 列；${empty}将显示为空`));
    }
    row.cells.forEach((cell, c) => {
      if (!DITTO.has(cell)) return;
      const value = dittoValue(table.rows, r, c);
      const hint = value === undefined ? '请写出实际内容' : `请写出实际内容“${value}”`;
      findings.push(at(line(row.line), 1, 'error', 'honor-ditto', `“${table.columns[c] ?? ''}”一格写了“${cell}”（同上）：网页上每一行单独显示、单独被搜到，看不出它指什么；${hint}`));
    });
  });
  for (const blank of table.blankRows) findings.push(at(line(blank), 1, 'warning', 'honor-blank-row', '这一行是空的，不会发布；不需要的话请删掉'));
  if (headingNamesPeople(table.heading) && honoreeKind(table) === 'unit') {
    const written = table.columns[nameColumn] ?? '';
    findings.push(at(line(table.line), 1, 'warning', 'honor-people-column', `“${table.heading}”是个人名单，表头的“${written}”请改成“${PERSON_COLUMN}”：网页按这一列的表头统计单位和个人各有多少`));
  }
  return findings;
}

/**
 * Honour tables the page could not publish whole: no name column, a row without a name, more cells than columns,
 * ditto marks (〃, 同上); fewer cells, empty rows and a list of people not headed 姓名 are warnings. No row is ever
 * dropped without a word.
 */
export function checkHonorTables(entry: LoadedEntry): LocalFinding[] {
  if (entry.kind !== 'honor') return [];
  const columns = NAME_COLUMNS.map((c) => `“${c}”`).join('、');
  return entry.honorTables.flatMap((table) =>
    table.nameColumn === -1
      ? [at(table.line + entry.bodyLine - 1, 1, 'error', 'honor-table-name', `${KIND_NAMES.honor}的表格缺少“名称”列：表头第一行要有 ${columns} 之一，写受表彰的企业、个人或单位`)]
      : checkRows(table, entry.bodyLine),
  );
}
