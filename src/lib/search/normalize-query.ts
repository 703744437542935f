import { foldWidth } from './fold-text.ts';

/** A reader's query, cleaned: what is sent to Pagefind and the terms every result must contain. */
export interface SearchQuery {
  /** The terms joined by single spaces: what Pagefind searches for and the page shows. */
  text: string;
  /** The words the reader typed, split at spaces; each must appear in a result as written. */
  terms: string[];
}

/** Longer queries are cut here: nobody types more, and Pagefind's cost grows with every word. */
export const MAX_QUERY_LENGTH = 64;

// Quotation marks and book-title marks say "this phrase": every term is matched as a phrase anyway.
const QUOTES = /["'“”‘’「」『』《》〈〉]/g;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/**
 * Cleans what a reader typed: full-width folded to half-width, quotes dropped, split at spaces,
 * punctuation-only and repeated terms dropped. `" “万企帮万村”　２０２４ "` → `{ text: "万企帮万村 2024", terms: ["万企帮万村", "2024"] }`
 */
export function normalizeQuery(raw: string): SearchQuery {
  const terms: string[] = [];
  for (const word of foldWidth(raw).replace(QUOTES, ' ').split(/\s+/)) {
    if (word === '' || ONLY_PUNCTUATION.test(word) || terms.includes(word)) continue;
    terms.push(word);
  }
  let text = terms.join(' ');
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH).trim();
    return normalizeQuery(text);
  }
  return { text, terms };
}

/** Whether a query has anything to search for: `isEmptyQuery(normalizeQuery("  ，"))` → true. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0;
}
