import type { HonorTable } from './honors.ts';

/*
 * Units or people: an honour table says which it lists by the header of its name column. A table headed 姓名 lists
 * people (先进个人, 爱心人士); 名称, 单位名称, 企业名称 or 单位 list units (enterprises, chambers of commerce, county
 * federations). The guide tells editors so, and the checker warns when a table under a heading about people is headed
 * otherwise, so the count a reader sees follows what the editor wrote, never a guess from the names.
 */

/** The header of a name column that lists people. */
export const PERSON_COLUMN = '姓名';

/** Who a table honours. */
export type HonoreeKind = 'unit' | 'person';

/** How many honourees a list has, in all and by kind. */
export interface HonoreeCount {
  total: number;
  units: number;
  people: number;
}

/** Whom a table lists, by its name column: `{ columns: ["姓名", "职务"], nameColumn: 0 }` → `"person"`. */
export function honoreeKind(table: Pick<HonorTable, 'columns' | 'nameColumn'>): HonoreeKind {
  return table.nameColumn >= 0 && table.columns[table.nameColumn] === PERSON_COLUMN ? 'person' : 'unit';
}

/** Every row of every table, counted by kind: 24 company rows and 12 rows under 姓名 → `{ total: 36, units: 24, people: 12 }`. */
export function countHonorees(tables: readonly Pick<HonorTable, 'columns' | 'nameColumn' | 'rows'>[]): HonoreeCount {
  const count: HonoreeCount = { total: 0, units: 0, people: 0 };
  for (const table of tables) {
    const rows = table.rows.length;
    count.total += rows;
    if (honoreeKind(table) === 'person') count.people += rows;
    else count.units += rows;
  }
  return count;
}

/** Headings that announce a list of people, for the checker's warning: `"光彩事业爱心人士"` → true, `"先进集体"` → false. */
export function headingNamesPeople(heading: string | null): boolean {
  return heading !== null && /个人|人士|人员|同志|建设者|企业家|劳动模范|标兵/.test(heading);
}
