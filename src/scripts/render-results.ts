import { searchText as t } from '../i18n/search.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { buildExcerpt, escapeHtml, markRanges } from '../lib/search/excerpt.ts';
import { countFacets, FACETS, type FacetSelection } from '../lib/search/facets.ts';
import { findRow } from '../lib/search/honor-rows.ts';
import { findTermRanges } from '../lib/search/match-terms.ts';
import { allForms, holdsEveryTerm, otherFormsIn, type ExpandedTerm } from '../lib/search/query-forms.ts';
import { resultHref, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { suggestQueries } from '../lib/search/suggest-queries.ts';
import type { Hit } from './search-run.ts';

function searchLink(q: string, state: SearchState, label: string): string {
  return `<li><a class="search-link" href="/search/${escapeHtml(writeSearchState({ q, filters: {}, order: state.order }))}">${escapeHtml(label)}</a></li>`;
}

/** A result's kind and its one date, each its own element: `工作报告` `2024年1月18日`. */
function renderMeta(hit: Hit): string {
  const type = hit.type ? `<span class="search-hit__type">${escapeHtml(hit.type)}</span>` : '';
  const date = hit.date && /^\d{4}-\d{2}-\d{2}$/.test(hit.date) ? `<time datetime="${hit.date}">${formatChineseDate(new Date(`${hit.date}T00:00:00+08:00`))}</time>` : '';
  return `<p class="search-hit__meta">${type}${date}</p>`;
}

/**
 * One result as an `<li>`: kind and date, title and a snippet of whole sentences with every declared form marked,
 * the form it was found by when not the one typed, and the honouree's row when the hit is a name.
 */
export function renderHit(hit: Hit, query: string, terms: readonly ExpandedTerm[]): string {
  const forms = allForms(terms);
  const row = findRow(hit.rows, (text) => holdsEveryTerm(text, terms));
  const href = resultHref(hit.url, query, row?.anchor);
  const excerpt = buildExcerpt(hit.content, forms, { from: hit.title.length });
  const matched = otherFormsIn(hit.content, terms)
    .map(({ typed, form }) => t.matchedAs(form.text, typed, form.kind === 'typed' ? '' : t.formKinds[form.kind]))
    .map((line) => `<p class="search-hit__form">${escapeHtml(line)}</p>`)
    .join('');
  const rowLine = row
    ? `<p class="search-hit__row"><span class="search-hit__label">${t.row}</span><a href="${escapeHtml(href)}">${markRanges(row.text, findTermRanges(row.text, forms))}</a></p>`
    : '';
  return (
    `<li class="search-hit">${renderMeta(hit)}` +
    `<h2 class="search-hit__title"><a href="${escapeHtml(href)}">${markRanges(hit.title, findTermRanges(hit.title, forms))}</a></h2>` +
    `<p class="search-hit__excerpt">${excerpt}</p>${matched}${rowLine}</li>`
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

/**
 * "没有找到", and what to try instead: the nearest names and titles (did you mean), other queries, dropping the
 * filters, tips, and the scattered-character pages.
 */
export function renderNothingFound(state: SearchState, terms: readonly string[], scattered: readonly Hit[], suggestions: readonly string[] = []): string {
  const filtered = Object.values(state.filters).some((v) => v && v.length > 0);
  const meant = suggestions.map((name) => searchLink(name, state, name));
  const tries = suggestQueries(terms).map((q) => searchLink(q, state, t.tryTerm(q)));
  if (filtered) tries.unshift(`<li><a class="search-link" href="/search/${escapeHtml(writeSearchState({ ...state, filters: {} }))}">${t.clearFilters}</a></li>`);
  const loose = scattered.slice(0, 5).map((hit) => `<li><a class="search-link" href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a></li>`);
  // The status line above already says 没有找到; this block only offers ways on.
  return (
    (meant.length > 0 ? `<p>${t.didYouMean}</p><ul class="search-empty__meant">${meant.join('')}</ul>` : '') +
    `<p>${t.suggestionsTitle}</p><ul>${tries.join('')}<li>${t.tipSpelling}</li><li>${t.tipShorter}</li></ul>` +
    (loose.length > 0 ? `<p>${t.scatteredTitle}</p><ul class="search-empty__loose">${loose.join('')}</ul>` : '')
  );
}
