import type { EnterpriseIndex } from '../enterprise-index.ts';
import type { HonorTable } from '../honors.ts';

/*
 * What the 数据 pages count, as plain data: the published pieces and the enterprise directory, handed over by
 * src/content.ts (the only reader of the collections). Honour counts are the pages' own (`count`, the rows shown).
 */

/** A published report: its meeting is what "reports by meeting" groups by. */
export interface ReportFacts {
  year: number;
  date: Date;
  title: string;
  url: string;
  meeting: string;
}

/** A published honour list: its title is the award, `count` the rows its page shows. */
export interface HonorFacts {
  year: number;
  title: string;
  url: string;
  count: number;
  tables: HonorTable[];
}

/** A published story: its county and industry as written (either may be absent) and the enterprises it is about. */
export interface StoryFacts {
  year: number;
  county?: string | undefined;
  industry?: string | undefined;
  enterprises: string[];
}

/** An enterprise of the directory. */
export interface EnterpriseFacts {
  slug: string;
  county: string;
  industry: string;
}

/** Everything the numbers are computed from. */
export interface NumbersInput {
  reports: ReportFacts[];
  honors: HonorFacts[];
  stories: StoryFacts[];
  enterprises: EnterpriseFacts[];
  index: EnterpriseIndex;
  /** How many 大事记 events each year's file lists. */
  events: ReadonlyMap<number, number>;
}

/** Adds one to a label's count: `(counts, "锦南区")` → `counts.get("锦南区") + 1`. */
export function tally(counts: Map<string, number>, label: string, by = 1): void {
  counts.set(label, (counts.get(label) ?? 0) + by);
}
