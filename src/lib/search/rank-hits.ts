
/** What ranking needs to know about one page Pagefind found. */
export interface RankableHit {
  title: string;
  /** The page's indexed text. */
  content: string;
  /** Pagefind's relevance score; higher is better. */
  score: number;
  /** ISO date from the page's `date` meta; enterprise pages have none. */
  date?: string | undefined;
}

/** How results are ordered: by relevance (the default) or newest first. */
export type ResultOrder = 'relevance' | 'date';

/** Pagefind's hits split by precision. */
export interface RankedHits<T> {
  /** Pages that contain every term as written, best first: these are the results. */
  exact: T[];
  /** Pages that contain the terms' characters only apart (营商的环境 for 营商环境): never listed as results. */
  scattered: T[];
}

/**
 * Keeps the pages whose text `holds` the query (every term as written, or in one of its declared forms: see
 * query-forms.ts) and ranks them: title matches first, then by Pagefind's score; or newest first, undated pages
 * last. Pagefind matches Chinese by word segments, so for 营商环境 it also finds 营商的环境; those come back in
 * `scattered`, which the search page offers only as a suggestion when nothing matches exactly.
 */
export function rankHits<T extends RankableHit>(hits: readonly T[], holds: (text: string) => boolean, order: ResultOrder = 'relevance'): RankedHits<T> {
  const exact: T[] = [];
  const scattered: T[] = [];
  for (const hit of hits) (holds(hit.content) ? exact : scattered).push(hit);
  const byScore = (a: T, b: T) => b.score - a.score;
  if (order === 'date') {
    exact.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || byScore(a, b));
  } else {
    const inTitle = new Set(exact.filter((hit) => holds(hit.title)));
    exact.sort((a, b) => Number(inTitle.has(b)) - Number(inTitle.has(a)) || byScore(a, b));
  }
  scattered.sort(byScore);
  return { exact, scattered };
}
