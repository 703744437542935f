/** The names an enterprise is known by. */
export interface EnterpriseNames {
  slug: string;
  name: string;
  aliases: readonly string[];
}

/** Shortest alias we search for in running text; one character would match everywhere. */
const MIN_TERM_LENGTH = 2;

/** Looks enterprises up by slug, full name or alias, and finds them mentioned in running text. */
export interface EnterpriseIndex {
  /** `"huarui-yaoye"`, `"锦川华瑞药业股份有限公司"` or `"华瑞药业"` → `"huarui-yaoye"`; unknown → undefined. */
  resolve(reference: string): string | undefined;
  /** Slugs of the enterprises whose name or an alias occurs in the text, in index order. */
  findMentions(text: string): string[];
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Builds the index once per build. Mentions are found in one pass over the text by looking up
 * every two-character window, so 600 long reports × 2,000 enterprises stays fast.
 */
export function createEnterpriseIndex(enterprises: readonly EnterpriseNames[]): EnterpriseIndex {
  const byTerm = new Map<string, string>();
  // Keyed by the first two UTF-16 units as one number: no string is made per position of a 20,000-character report.
  const byPrefix = new Map<number, Array<{ term: string; slug: string }>>();
  const pairAt = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const order = new Map(enterprises.map((e, i) => [e.slug, i]));
  for (const e of enterprises) {
    byTerm.set(e.slug, e.slug);
    for (const raw of [e.name, ...e.aliases]) {
      const term = normalise(raw);
      if (!byTerm.has(term)) byTerm.set(term, e.slug);
      if (term.length < MIN_TERM_LENGTH) continue;
      const key = pairAt(term, 0);
      const list = byPrefix.get(key) ?? [];
      list.push({ term, slug: e.slug });
      byPrefix.set(key, list);
    }
  }
  return {
    resolve: (reference) => byTerm.get(normalise(reference)) ?? byTerm.get(reference.trim()),
    findMentions(text) {
      const flat = normalise(text);
      const found = new Set<string>();
      for (let i = 0; i + MIN_TERM_LENGTH <= flat.length; i++) {
        const candidates = byPrefix.get(pairAt(flat, i));
        if (!candidates) continue;
        for (const { term, slug } of candidates) if (flat.startsWith(term, i)) found.add(slug);
      }
      return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
  };
}
