import type { EnterpriseIndex } from './enterprise-index.ts';
import type { Honoree, HonorTable } from './honors.ts';

/** Which enterprise an honour row is about: the honouree itself, or the enterprises its other cells name (a person's employer). */
export interface RowAttribution {
  /** Enterprise slugs, in the order found. */
  enterprises: string[];
  /** The honouree's name when it is a person or unit other than the enterprise, e.g. 周明远. */
  person?: string;
}

/**
 * The enterprises an honour row is about, as the enterprise pages and the 数据 pages both count them: a row whose
 * name is an enterprise (or its alias) is that enterprise; otherwise every enterprise its other cells mention.
 * `{ name: "锦川华瑞药业股份有限公司" }` → `{ enterprises: ["huarui-yaoye"] }`;
 * `{ name: "陈怀瑾", cells: ["陈怀瑾", "锦川华瑞药业股份有限公司董事长"] }` → `{ enterprises: ["huarui-yaoye"], person: "陈怀瑾" }`
 */
export function attributeHonorRow(row: Honoree, table: HonorTable, index: EnterpriseIndex): RowAttribution {
  const named = index.resolve(row.name);
  if (named) return { enterprises: [named] };
  const others = row.cells.filter((_, i) => i !== Math.max(table.nameColumn, 0)).join(' ');
  return { enterprises: index.findMentions(others), person: row.name };
}
