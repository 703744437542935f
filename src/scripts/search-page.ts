/**
 * The search page (/search/). The query lives in the URL (`?q=…&year=…&sort=date`): the page reads it on
 * load and on back/forward, and writes it when the reader searches, filters or re-orders. The results area
 * keeps its height from the first paint, so nothing below it moves while results arrive.
 */
import { searchText as t } from '../i18n/search.ts';
import { suggestNames } from '../lib/search/did-you-mean.ts';
import { FACETS, matchesSelection, type FacetSelection } from '../lib/search/facets.ts';
import { isPinyinQuery } from '../lib/search/name-pinyin.ts';
import { isEmptyQuery, normalizeQuery } from '../lib/search/normalize-query.ts';
import { expandTerms } from '../lib/search/query-forms.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { loadPagefind } from './pagefind-api.ts';
import { renderFacets, renderHit, renderNothingFound } from './render-results.ts';
import { loadForms, loadNames, loadReadings, NO_FORMS } from './search-data.ts';
import { SearchRun } from './search-run.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId<HTMLElement>('search-status');
const also = byId<HTMLElement>('search-also');
const facets = byId<HTMLFormElement>('search-facets');
const orderSelect = byId<HTMLSelectElement>('search-order');
const results = byId<HTMLOListElement>('search-results');
const empty = byId<HTMLElement>('search-empty');
const idle = byId<HTMLElement>('search-idle');
const more = byId<HTMLButtonElement>('search-more');
const options = byId<HTMLDetailsElement>('search-options');
const app = byId<HTMLElement>('search-app');
const baseTitle = document.title;

let state: SearchState = readSearchState(location.search);
let run: SearchRun | undefined;
let suggestions: string[] = [];
let generation = 0;

/** The letters whose name shards a query that found nothing needs: those its first two characters' syllables start with. */
async function suggestionKeys(text: string): Promise<{ keys: string[]; readings: Record<string, string> }> {
  const chars = [...text.replace(/\s+/g, '')].slice(0, 2);
  if (isPinyinQuery(text)) return { keys: chars.slice(0, 1), readings: {} };
  const readings = await loadReadings().catch((): Record<string, string> => ({}));
  const reading = new Map(Object.entries(readings).flatMap(([syllable, list]) => [...list].map((c) => [c, syllable] as const)));
  return { keys: chars.map((c) => reading.get(c) ?? c), readings };
}

function statusText(current: SearchRun, shown: number, total: number, filtered: boolean, q: string): string {
  const { phrase, loose } = current.unchecked;
  if (shown === 0) return total > 0 ? t.notFoundFiltered : t.notFound(q);
  // A query found through other forms (hryy → 华瑞药业) is not what the results contain: the line below says what is.
  const expanded = current.terms.some((term) => term.forms.length > 1);
  const found = filtered ? t.foundFiltered(shown, total, q) : expanded ? t.foundWithForms(total) : t.found(total, q);
  const listed = current.ranked().exact.length;
  return `${found}${phrase > 0 && listed < total ? t.shown(listed) : ''}${loose > 0 ? t.unchecked(loose) : ''}`;
}

function render(): void {
  if (!run) return;
  const { exact, scattered } = run.ranked();
  const shown = exact.filter((hit) => matchesSelection(hit.filters, state.filters));
  const q = normalizeQuery(state.q).text;
  const filtered = Object.values(state.filters).some((v) => v && v.length > 0);
  const total = filtered ? exact.length : run.count;
  facets.innerHTML = exact.length > 0 ? renderFacets(exact, state.filters) : '';
  facets.hidden = exact.length === 0;
  options.hidden = exact.length === 0;
  orderSelect.value = state.order;
  results.innerHTML = shown.map((hit) => renderHit(hit, q, run?.terms ?? [])).join('');
  const nothing = shown.length === 0 && run.unchecked.phrase === 0;
  empty.innerHTML = nothing ? renderNothingFound(state, normalizeQuery(state.q).terms, exact.length === 0 ? scattered : [], exact.length === 0 ? suggestions : []) : '';
  empty.hidden = !nothing;
  const { phrase, loose } = run.unchecked;
  more.hidden = phrase + loose === 0;
  more.textContent = phrase > 0 ? t.more : t.moreUnchecked;
  const alternatives = [...new Set(run.terms.flatMap((term) => term.forms.filter((f) => f.kind !== 'typed').map((f) => f.text)))];
  also.textContent = alternatives.length > 0 ? `${t.alsoSearched}${alternatives.join('、')}` : '';
  status.textContent = statusText(run, shown.length, total, filtered, q);
  document.title = `${q} - ${baseTitle}`;
}

async function search(): Promise<void> {
  const query = normalizeQuery(state.q);
  input.value = state.q;
  const mine = ++generation;
  idle.hidden = !isEmptyQuery(query);
  if (isEmptyQuery(query)) {
    run = undefined;
    status.textContent = '';
    also.textContent = '';
    results.innerHTML = '';
    empty.hidden = true;
    options.hidden = true;
    more.hidden = true;
    document.title = baseTitle;
    return;
  }
  app.setAttribute('aria-busy', 'true');
  status.textContent = t.loading;
  try {
    // Pinyin needs the name shards of the letters its terms start with; without any search data (an older deploy,
    // a failed request) the query is searched as typed.
    const pinyin = query.terms.filter(isPinyinQuery);
    const [pagefind, forms, names] = await Promise.all([
      loadPagefind(),
      loadForms().catch(() => NO_FORMS),
      pinyin.length > 0 ? loadNames(pinyin.map((term) => term[0] ?? '')) : undefined,
    ]);
    const next = new SearchRun(pagefind, expandTerms(query.terms, { ...forms, names }), state.order);
    await next.start();
    suggestions = [];
    if (next.ranked().exact.length === 0 && next.unchecked.phrase === 0) {
      const { keys, readings } = await suggestionKeys(query.text);
      suggestions = suggestNames(query.text, await loadNames(keys), readings);
    }
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
