import { decodeRows, ROWS_META, type IndexedRow } from '../lib/search/honor-rows.ts';
import type { SearchQuery } from '../lib/search/normalize-query.ts';
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

/** Pages whose text is fetched at a time; each is one request of 3–6 KB. */
const BATCH = 12;
/** Having found this many more exact results (a screenful), stop fetching until the reader asks for more. */
const ENOUGH = 10;
/** Never fetch more than this many pages before asking the reader: scattered-only candidates cost bytes too. */
const CEILING = 120;

async function toHit(result: PagefindResult): Promise<Hit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    content: data.content,
    score: result.score,
    date: data.meta['date'],
    type: data.meta['type'],
    filters: data.filters,
    rows: decodeRows(data.meta[ROWS_META]),
  };
}

/**
 * One search: Pagefind's candidates (all pages holding the query's word segments), whose text is then
 * fetched in batches and checked for the terms as written. Only exact hits become results.
 */
export class SearchRun {
  readonly query: SearchQuery;
  readonly order: ResultOrder;
  private readonly pagefind: Pagefind;
  private candidates: PagefindResult[] = [];
  private hits: Hit[] = [];

  constructor(pagefind: Pagefind, query: SearchQuery, order: ResultOrder) {
    this.pagefind = pagefind;
    this.query = query;
    this.order = order;
  }

  /** Asks Pagefind for candidates; by date, dated pages newest first and then the undated (enterprises). */
  async start(): Promise<void> {
    const relevant = (await this.pagefind.search(this.query.text))?.results ?? [];
    if (this.order === 'date') {
      const dated = (await this.pagefind.search(this.query.text, { sort: { date: 'desc' } }))?.results ?? [];
      const seen = new Set(dated.map((r) => r.id));
      this.candidates = [...dated, ...relevant.filter((r) => !seen.has(r.id))];
    } else {
      this.candidates = relevant;
    }
    await this.checkMore();
  }

  /** Fetches and checks further candidates until enough exact hits are found or the ceiling is reached. */
  async checkMore(): Promise<void> {
    const goal = Math.min(this.candidates.length, this.hits.length + CEILING);
    const found = this.ranked().exact.length;
    while (this.hits.length < goal) {
      const batch = this.candidates.slice(this.hits.length, this.hits.length + BATCH);
      this.hits.push(...(await Promise.all(batch.map(toHit))));
      if (this.ranked().exact.length - found >= ENOUGH) break;
    }
  }

  /** Candidates not yet checked. */
  get unchecked(): number {
    return this.candidates.length - this.hits.length;
  }

  ranked(): RankedHits<Hit> {
    return rankHits(this.hits, this.query.terms, this.order);
  }
}
