/**
 * The search page (/search/). The query lives in the URL (`?q=…&year=…&sort=date`): the page reads it on
 * load and on back/forward, and writes it when the reader searches, filters or re-orders.
 */
import { searchText as t } from '../i18n/search.ts';
import { FACETS, matchesSelection, type FacetSelection } from '../lib/search/facets.ts';
import { isEmptyQuery, normalizeQuery } from '../lib/search/normalize-query.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { loadPagefind } from './pagefind-api.ts';
import { renderFacets, renderHit, renderNothingFound } from './render-results.ts';
import { SearchRun } from './search-run.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const app = byId<HTMLElement>('search-app');
const status = byId<HTMLElement>('search-status');
const facets = byId<HTMLFormElement>('search-facets');
const orderSelect = byId<HTMLSelectElement>('search-order');
const results = byId<HTMLOListElement>('search-results');
const empty = byId<HTMLElement>('search-empty');
const more = byId<HTMLButtonElement>('search-more');
const options = byId<HTMLDetailsElement>('search-options');
const baseTitle = document.title;

let state: SearchState = readSearchState(location.search);
let run: SearchRun | undefined;
let generation = 0;

function render(): void {
  if (!run) return;
  const { exact, scattered } = run.ranked();
  const shown = exact.filter((hit) => matchesSelection(hit.filters, state.filters));
  const q = run.query.text;
  facets.innerHTML = exact.length > 0 ? renderFacets(exact, state.filters) : '';
  facets.hidden = exact.length === 0;
  options.hidden = exact.length === 0;
  orderSelect.value = state.order;
  results.innerHTML = shown.map((hit) => renderHit(hit, q, run?.query.terms ?? [])).join('');
  empty.innerHTML = shown.length === 0 ? renderNothingFound(state, run.query.terms, exact.length === 0 ? scattered : []) : '';
  empty.hidden = shown.length > 0;
  more.hidden = run.unchecked === 0;
  more.textContent = t.more;
  const filtered = shown.length !== exact.length;
  status.textContent =
    run.unchecked > 0 && !filtered
      ? t.foundSoFar(shown.length, q)
      : shown.length === 0
        ? exact.length > 0
          ? t.notFoundFiltered
          : t.notFound(q)
        : filtered
          ? t.foundFiltered(shown.length, exact.length, q)
          : t.found(shown.length, q);
  document.title = `${q} - ${baseTitle}`;
}

async function search(): Promise<void> {
  const query = normalizeQuery(state.q);
  input.value = state.q;
  const mine = ++generation;
  if (isEmptyQuery(query)) {
    app.hidden = true;
    run = undefined;
    document.title = baseTitle;
    return;
  }
  app.hidden = false;
  app.setAttribute('aria-busy', 'true');
  status.textContent = t.loading;
  try {
    const next = new SearchRun(await loadPagefind(), query, state.order);
    await next.start();
    if (mine !== generation) return;
    run = next;
    render();
  } catch (error) {
    console.error(error);
    if (mine === generation) status.textContent = t.loadFailed;
  } finally {
    if (mine === generation) app.removeAttribute('aria-busy');
  }
}

function setState(next: SearchState, push: boolean): void {
  state = next;
  const url = `${location.pathname}${writeSearchState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  setState({ q: input.value.trim(), filters: {}, order: state.order }, true);
  void search();
});

facets.addEventListener('change', () => {
  const filters: FacetSelection = {};
  const data = new FormData(facets);
  for (const { name, param } of FACETS) {
    const values = data.getAll(param).map(String);
    if (values.length > 0) filters[name] = values;
  }
  setState({ ...state, filters }, false);
  render();
});

orderSelect.addEventListener('change', () => {
  setState({ ...state, order: orderSelect.value === 'date' ? 'date' : 'relevance' }, false);
  void search();
});

more.addEventListener('click', async () => {
  if (!run) return;
  more.disabled = true;
  await run.checkMore();
  more.disabled = false;
  render();
});

window.addEventListener('popstate', () => {
  state = readSearchState(location.search);
  void search();
});

// Filters stay folded away on phones, where they would push the results below the fold.
options.open = window.matchMedia('(min-width: 48rem)').matches || Object.keys(state.filters).length > 0;
void search();
