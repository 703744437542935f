/** The filters readers can narrow results by: Pagefind filter name and the URL parameter that carries it. */
export const FACETS = [
  { name: '年份', param: 'year' },
  { name: '类型', param: 'type' },
  { name: '区县', param: 'county' },
] as const;

/** One of the filter names Pagefind indexes: 年份, 类型 or 区县. */
export type FacetName = (typeof FACETS)[number]['name'];

/** Chosen values per filter; values of one filter widen, different filters narrow. */
export type FacetSelection = Partial<Record<FacetName, string[]>>;

/** Filter values of one page, as Pagefind returns them: `{ 年份: ["2024"], 类型: ["工作报告"] }`. */
export type PageFilters = Record<string, string[] | undefined>;

/** The order of 类型 values on the page, as the site's navigation has them. */
export const TYPE_ORDER = ['工作报告', '表彰名单', '企业故事', '企业'];

function matchesFacet(filters: PageFilters, name: FacetName, chosen: readonly string[] | undefined): boolean {
  return !chosen || chosen.length === 0 || chosen.some((value) => filters[name]?.includes(value));
}

/** Whether a page passes every chosen filter: `matchesSelection({ 年份: ["2024"] }, { 年份: ["2023", "2024"] })` → true. */
export function matchesSelection(filters: PageFilters, selection: FacetSelection, except?: FacetName): boolean {
  return FACETS.every(({ name }) => name === except || matchesFacet(filters, name, selection[name]));
}

/**
 * How many pages each filter value would show, given the other filters chosen (so a reader sees what
 * ticking one more year would add), in display order: years newest first, types in site order, counties in pinyin order.
 */
export function countFacets(pages: ReadonlyArray<{ filters: PageFilters }>, selection: FacetSelection): Record<FacetName, Array<[string, number]>> {
  const counts = {} as Record<FacetName, Array<[string, number]>>;
  for (const { name } of FACETS) {
    const tally = new Map<string, number>();
    for (const page of pages) {
      if (!matchesSelection(page.filters, selection, name)) continue;
      for (const value of page.filters[name] ?? []) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    for (const value of selection[name] ?? []) if (!tally.has(value)) tally.set(value, 0);
    counts[name] = [...tally].sort(([a], [b]) => compareValues(name, a, b));
  }
  return counts;
}

function compareValues(name: FacetName, a: string, b: string): number {
  if (name === '年份') return b.localeCompare(a);
  if (name === '类型') return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);
  return a.localeCompare(b, 'zh-CN');
}
