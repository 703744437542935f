import { dataText } from '../../i18n/data.ts';
import { attributeHonorRow } from '../honor-attribution.ts';
import type { Honoree, HonorTable } from '../honors.ts';
import { tally, type EnterpriseFacts, type HonorFacts, type NumbersInput } from './numbers-input.ts';

/** Columns of an honour table that say where the honouree is, in order of preference. */
export const REGION_COLUMNS = ['区县', '地区', '所在区县', '所在地区', '所在地'] as const;

/** The region a row's own cells give, or undefined: `{ columns: ["名称", "地区"], cells: ["甲", "临溪县"] }` → `"临溪县"`. */
export function rowRegion(row: Honoree, table: HonorTable): string | undefined {
  const column = REGION_COLUMNS.map((c) => table.columns.indexOf(c)).find((i) => i >= 0);
  const cell = column === undefined ? '' : (row.cells[column] ?? '').trim();
  return cell === '' ? undefined : cell;
}

/**
 * Honourees by 区县: the row's own 地区/区县 cell, else the county of the enterprise it is about (a person counts where
 * their enterprise is), else 未注明. `[{ 地区: "临溪县" }, { 名称: "陈怀瑾", 职务: "华瑞药业董事长" }]` → `{ 临溪县: 1, 锦南区: 1 }`
 */
export function honoreesByCounty(honors: readonly HonorFacts[], input: Pick<NumbersInput, 'index' | 'enterprises'>): Map<string, number> {
  const county = new Map(input.enterprises.map((e) => [e.slug, e.county]));
  const counts = new Map<string, number>();
  for (const honor of honors) {
    for (const table of honor.tables) {
      for (const row of table.rows) {
        const firm = attributeHonorRow(row, table, input.index).enterprises[0];
        tally(counts, rowRegion(row, table) ?? (firm === undefined ? undefined : county.get(firm)) ?? dataText.unknown);
      }
    }
  }
  return counts;
}

/** Honourees by award (each list's title): the rows each honour page shows. */
export function honoreesByAward(honors: readonly HonorFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const honor of honors) tally(counts, honor.title, honor.count);
  return counts;
}

/** The directory's enterprises honoured in these lists, themselves or through their people (as their pages list them). */
export function honouredEnterprises(honors: readonly HonorFacts[], input: Pick<NumbersInput, 'index'>): Set<string> {
  const slugs = new Set<string>();
  for (const honor of honors) for (const table of honor.tables) for (const row of table.rows) for (const slug of attributeHonorRow(row, table, input.index).enterprises) slugs.add(slug);
  return slugs;
}

/** Enterprises by their directory industry: `(["huarui-yaoye"], directory)` → `{ 医药制造: 1 }`. */
export function enterprisesByIndustry(slugs: Iterable<string>, enterprises: readonly EnterpriseFacts[]): Map<string, number> {
  const industry = new Map(enterprises.map((e) => [e.slug, e.industry]));
  const counts = new Map<string, number>();
  for (const slug of slugs) tally(counts, industry.get(slug) ?? dataText.unknown);
  return counts;
}
