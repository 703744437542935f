/*
 * What a Lighthouse JSON report says, cut to what the phone-reading issue asks of it: the four category scores out of
 * 100, and for a category under 100, the audits that cost it points.
 */

/** The four categories, in the order reports print them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Category = (typeof CATEGORIES)[number];

/** The part of a Lighthouse result (lhr) this reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

/** One page's scores and what lost points. */
export interface PageScores {
  scores: Record<Category, number>;
  /** `accessibility: color-contrast (Background and foreground colors …)`, for categories under 100. */
  lost: string[];
}

/**
 * Scores out of 100 and the weighted audits that did not pass:
 * `{ categories: { seo: { score: 0.92, auditRefs: [{ id: "is-crawlable", weight: 4.6 }] } }, audits: { "is-crawlable": { score: 0, … } } }`
 * → `{ scores: { seo: 92, … }, lost: ["seo: is-crawlable (Page is blocked from indexing)"] }`.
 */
export function summarise(result: LighthouseResult): PageScores {
  const scores = {} as Record<Category, number>;
  const lost: string[] = [];
  for (const category of CATEGORIES) {
    const entry = result.categories[category];
    scores[category] = Math.round((entry?.score ?? 0) * 100);
    if (!entry || scores[category] === 100) continue;
    for (const ref of entry.auditRefs) {
      const audit = result.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.push(`${category}: ${ref.id} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
    }
  }
  return { scores, lost };
}
