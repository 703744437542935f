import { decodeRows, ROWS_META, type IndexedRow } from '../lib/search/honor-rows.ts';
import { holdsEveryTerm, pagefindQueries, type ExpandedTerm } from '../lib/search/query-forms.ts';
import { rankHits, type RankedHits, type ResultOrder } from '../lib/search/rank-hits.ts';
import type { Pagefind, PagefindResult } from './pagefind-api.ts';

/** One page Pagefind found, with what the results list shows. */
export interface Hit {
  url: string;
  title: string;
  content: string;
  score: number;
  date?: string | undefined;
  type?: string | undefined;
  filters: Record<string, string[] | undefined>;
  rows: IndexedRow[];
}

/** Pages whose text is fetched at a time, before results first show and at each "more" (a screenful): each is one request of 3–6 KB. */
const BATCH = 10;
/** Loose-only pages checked at once when no more than this many are left, so a small site's count is definite at once. */
const SETTLE = 12;

async function toHit(result: PagefindResult, score: number): Promise<Hit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    content: data.content,
    score,
    date: data.meta['date'],
    type: data.meta['type'],
    filters: data.filters,
    rows: decodeRows(data.meta[ROWS_META]),
  };
}

/**
 * One search. Pagefind is asked for each form of the query twice: as a phrase (its words next to each other:
 * these pages hold the query, so they are counted at once) and loosely (its words anywhere: a phrase split
 * differently by the word segmenter is found too, along with pages that only hold the characters apart). Pages are
 * fetched in that order and checked for a declared form of every term; only those become results.
 */
export class SearchRun {
  readonly terms: readonly ExpandedTerm[];
  readonly order: ResultOrder;
  private readonly pagefind: Pagefind;
  private candidates: PagefindResult[] = [];
  private phrase = new Set<string>();
  /** Pagefind's score of each page in the loose search, the ranking readers are used to; phrase-only pages keep theirs. */
  private scores = new Map<string, number>();
  private hits: Hit[] = [];
  readonly holds = (text: string): boolean => holdsEveryTerm(text, this.terms);

  constructor(pagefind: Pagefind, terms: readonly ExpandedTerm[], order: ResultOrder) {
    this.pagefind = pagefind;
    this.terms = terms;
    this.order = order;
  }

  private async ask(query: string): Promise<PagefindResult[]> {
    const sort = this.order === 'date' ? { sort: { date: 'desc' as const } } : {};
    return (await this.pagefind.search(query, sort))?.results ?? [];
  }

  /** Asks Pagefind for every form, phrases first, then checks the first round of pages. */
  async start(): Promise<void> {
    const queries = pagefindQueries(this.terms);
    const phrases = this.terms.length === 1 ? await Promise.all(queries.map((q) => this.ask(`"${q}"`))) : [];
    const loose = await Promise.all(queries.map((q) => this.ask(q)));
    const seen = new Set<string>();
    for (const result of [...phrases.flat(), ...loose.flat()]) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      this.candidates.push(result);
    }
    this.phrase = new Set(phrases.flat().map((r) => r.id));
    for (const result of phrases.flat()) this.scores.set(result.id, Math.max(result.score, this.scores.get(result.id) ?? 0));
    const looseScores = new Map<string, number>();
    for (const result of loose.flat()) looseScores.set(result.id, Math.max(result.score, looseScores.get(result.id) ?? 0));
    for (const [id, score] of looseScores) this.scores.set(id, score);
    await this.checkMore();
  }

  /**
   * Fetches and checks the next batch of candidates — and, when only a few loose pages are left, those too, so the
   * count is definite without a request per page of a large site (whose phrase pages are counted unfetched).
   */
  async checkMore(): Promise<void> {
    const next = async (size: number) => {
      const batch = this.candidates.slice(this.hits.length, this.hits.length + size);
      this.hits.push(...(await Promise.all(batch.map((result) => toHit(result, this.scores.get(result.id) ?? result.score)))));
    };
    await next(BATCH);
    const { loose } = this.unchecked;
    if (loose > 0 && loose <= SETTLE) {
      const rest = this.candidates.slice(this.hits.length);
      // Fetch the loose pages now and keep the phrase pages for "more": move them to the front of what is left.
      this.candidates = [...this.candidates.slice(0, this.hits.length), ...rest.filter((r) => !this.phrase.has(r.id)), ...rest.filter((r) => this.phrase.has(r.id))];
      await next(loose);
    }
  }

  /** Candidates not fetched yet: phrase pages (known to hold the query) and loose ones (not known). */
  get unchecked(): { phrase: number; loose: number } {
    const rest = this.candidates.slice(this.hits.length);
    const phrase = rest.filter((r) => this.phrase.has(r.id)).length;
    return { phrase, loose: rest.length - phrase };
  }

  /** How many pages hold the query: those checked, and the phrase pages not fetched yet. */
  get count(): number {
    return this.ranked().exact.length + this.unchecked.phrase;
  }

  ranked(): RankedHits<Hit> {
    return rankHits(this.hits, this.holds, this.order);
  }
}
