import { FACETS, type FacetSelection } from './facets.ts';
import type { ResultOrder } from './rank-hits.ts';

/** Everything a search page shows, as carried in its URL so a search can be shared and reloaded. */
export interface SearchState {
  q: string;
  filters: FacetSelection;
  order: ResultOrder;
}

/** The URL parameter a content page reads to mark the reader's terms: `?hl=营商环境`. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * Reads a search page's query string: `"?q=营商环境&year=2024&year=2023&sort=date"` →
 * `{ q: "营商环境", filters: { 年份: ["2024", "2023"] }, order: "date" }`.
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FacetSelection = {};
  for (const { name, param } of FACETS) {
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return { q: params.get('q') ?? '', filters, order: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state, the inverse of `readSearchState`: `{ q: "张伟", filters: {}, order: "relevance" }` → `"?q=%E5%BC%A0%E4%BC%9F"`. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { name, param } of FACETS) for (const value of state.filters[name] ?? []) params.append(param, value);
  if (state.order === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Where a result links to: the page with the reader's terms to highlight, and the honouree's row when
 * the hit is a name: `resultHref("/honors/2024/x/", "张伟", "zhang-wei")` → `"/honors/2024/x/?hl=%E5%BC%A0%E4%BC%9F#zhang-wei"`.
 */
export function resultHref(url: string, query: string, anchor?: string): string {
  const [path = url, hash] = url.split('#');
  const target = anchor ?? hash;
  return `${path}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: query }).toString()}${target ? `#${target}` : ''}`;
}
