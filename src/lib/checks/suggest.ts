/** Levenshtein distance between two strings, by code point: `("titel", "title")` → 2. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** Share of the shorter string's characters found in the other: `("华瑞药业", "锦川华瑞药业股份有限公司")` → 1. */
export function sharedCharacterRatio(a: string, b: string): number {
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  const chars = [...short];
  if (chars.length === 0) return 0;
  return chars.filter((c) => long.includes(c)).length / chars.length;
}

/**
 * Picks the closest candidate for a "did you mean" hint, or undefined when none is close.
 * `("titel", ["title", "tags"])` → `"title"`; `("华锐药业", ["锦川华瑞药业股份有限公司"])` → that name.
 */
export function suggestClosest(input: string, candidates: readonly string[], minScore = 0.5): string | undefined {
  const isChinese = /[\u3400-\u9fff]/.test(input);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    const longest = Math.max([...input].length, [...candidate].length);
    const byEdits = 1 - distance / longest;
    // Chinese short names share characters with the full name rather than being a few edits away.
    const score = isChinese ? Math.max(byEdits, sharedCharacterRatio(input, candidate) - 0.15) : byEdits;
    if (score >= Math.max(minScore, isChinese ? 0 : 0.6) && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
