import { searchText as t } from '../i18n/search.ts';
import { buildExcerpt, escapeHtml, markRanges } from '../lib/search/excerpt.ts';
import { countFacets, FACETS, type FacetSelection } from '../lib/search/facets.ts';
import { findRow } from '../lib/search/honor-rows.ts';
import { findTermRanges } from '../lib/search/match-terms.ts';
import { resultHref, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { suggestQueries } from '../lib/search/suggest-queries.ts';
import type { Hit } from './search-run.ts';

/** One result as an `<li>`: type and year, title and excerpt with the terms marked, the honouree's row when the hit is a name. */
export function renderHit(hit: Hit, query: string, terms: readonly string[]): string {
  const row = findRow(hit.rows, terms);
  const href = resultHref(hit.url, query, row?.anchor);
  const year = hit.filters['年份']?.[0];
  const meta = [hit.type, year && `${year}年`, hit.date].filter(Boolean).map((m) => escapeHtml(String(m)));
  const excerpt = buildExcerpt(hit.content, terms, { from: hit.title.length });
  const rowLine = row
    ? `<p class="search-hit__row">${t.row}<a href="${escapeHtml(href)}">${markRanges(row.text, findTermRanges(row.text, terms))}</a></p>`
    : '';
  return (
    `<li class="search-hit"><p class="search-hit__meta">${meta.join(' · ')}</p>` +
    `<h2 class="search-hit__title"><a href="${escapeHtml(href)}">${markRanges(hit.title, findTermRanges(hit.title, terms))}</a></h2>` +
    `<p class="search-hit__excerpt">${excerpt}</p>${rowLine}</li>`
  );
}

/** The filter checkboxes with their counts, for every filter that has values among the results. */
export function renderFacets(hits: readonly Hit[], selection: FacetSelection): string {
  const counts = countFacets(hits, selection);
  return FACETS.map(({ name, param }) => {
    const values = counts[name];
    if (values.length === 0) return '';
    const boxes = values.map(([value, n]) => {
      const checked = selection[name]?.includes(value) ? ' checked' : '';
      const label = name === '年份' ? `${value}年` : value;
      return `<label class="search-facet__option"><input type="checkbox" name="${param}" value="${escapeHtml(value)}"${checked}> ${escapeHtml(label)}<span class="search-facet__count">（${n}）</span></label>`;
    });
    return `<fieldset class="search-facet"><legend>${name}</legend>${boxes.join('')}</fieldset>`;
  }).join('');
}

/** "没有找到", and what to try instead: other queries, dropping the filters, tips, and the scattered-character pages. */
export function renderNothingFound(state: SearchState, terms: readonly string[], scattered: readonly Hit[]): string {
  const filtered = Object.values(state.filters).some((v) => v && v.length > 0);
  const tries = suggestQueries(terms).map(
    (q) => `<li><a href="/search/${escapeHtml(writeSearchState({ q, filters: {}, order: state.order }))}">${escapeHtml(t.tryTerm(q))}</a></li>`,
  );
  if (filtered) tries.unshift(`<li><a href="/search/${escapeHtml(writeSearchState({ ...state, filters: {} }))}">${t.clearFilters}</a></li>`);
  const loose = scattered.slice(0, 5).map((hit) => `<li><a href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a></li>`);
  return (
    `<h2 class="search-empty__title">${escapeHtml(filtered ? t.notFoundFiltered : t.notFound(state.q))}</h2>` +
    `<p>${t.suggestionsTitle}</p><ul>${tries.join('')}<li>${t.tipSpelling}</li><li>${t.tipShorter}</li></ul>` +
    (loose.length > 0 ? `<p>${t.scatteredTitle}</p><ul class="search-empty__loose">${loose.join('')}</ul>` : '')
  );
}
