/** Longest term that is still offered whole; longer ones are offered in halves. */
const SPLIT_FROM = 4;

/**
 * Shorter queries to offer when nothing matched: each term alone when there are several, or the two
 * halves of one long term. `suggestQueries(["万企帮万户"])` → `["万企帮", "万户"]`;
 * `suggestQueries(["营商环境", "临溪县"])` → `["营商环境", "临溪县"]`.
 */
export function suggestQueries(terms: readonly string[]): string[] {
  if (terms.length > 1) return [...terms];
  const [term] = terms;
  if (term === undefined) return [];
  const chars = [...term];
  if (chars.length < SPLIT_FROM) return [];
  const half = Math.ceil(chars.length / 2);
  return [chars.slice(0, half).join(''), chars.slice(half).join('')];
}
