import { siteSettingsText as m } from '../../i18n/site-settings.ts';
import { foldWidth } from './fold-text.ts';

/** One problem of the synonym table in site.yaml: where (group, form) and what. */
export interface SynonymProblem {
  at: [group: number, form: number];
  level: 'error' | 'warning';
  message: string;
}

/** How many rewritten forms one term may get from the table: enough for any real term, bounded for a hostile table. */
export const MAX_SYNONYM_FORMS = 12;

function oneCharApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.length === y.length && x.length >= 3 && x.filter((c, i) => c !== y[i]).length === 1;
}

/**
 * What is wrong with a synonym table beyond its shape: a form in two groups or twice in one (errors: a reader's
 * query would mean two things), and two forms one character apart (a warning: 万企帮万村 and 万企兴万村 are two
 * programmes). `[["民企", "民营企业"], ["民企", "私企"]]` → `[{ at: [1, 0], level: "error", message: "同义词“民企”已经写在第 1 组里…" }]`
 */
export function synonymProblems(groups: readonly (readonly string[])[]): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const seen = new Map<string, number>();
  groups.forEach((group, g) => {
    const inGroup = new Set<string>();
    group.forEach((form, f) => {
      const key = foldWidth(form);
      if (inGroup.has(key)) problems.push({ at: [g, f], level: 'error', message: m.synonymRepeated(form) });
      else if (seen.has(key)) problems.push({ at: [g, f], level: 'error', message: m.synonymTwice(form, (seen.get(key) ?? 0) + 1) });
      const close = group.slice(0, f).find((other) => oneCharApart(other, form));
      if (close) problems.push({ at: [g, f], level: 'warning', message: m.synonymOneCharApart(close, form) });
      inGroup.add(key);
    });
    for (const key of inGroup) if (!seen.has(key)) seen.set(key, g);
  });
  return problems;
}

/**
 * The other declared forms of a term: every group form found inside it, replaced by each other form of its group.
 * `synonymForms("县级工商联", [["工商联", "工商业联合会"]])` → `[{ text: "县级工商业联合会", from: "工商联", to: "工商业联合会" }]`
 */
export function synonymForms(term: string, groups: readonly (readonly string[])[]): Array<{ text: string; from: string; to: string }> {
  const folded = foldWidth(term);
  const forms: Array<{ text: string; from: string; to: string }> = [];
  for (const group of groups) {
    for (const from of group) {
      const at = folded.indexOf(foldWidth(from));
      if (at === -1) continue;
      for (const to of group) {
        const text = folded.slice(0, at) + to + folded.slice(at + from.length);
        if (to !== from && text !== folded && !forms.some((f) => f.text === text)) forms.push({ text, from, to });
      }
    }
  }
  return forms.slice(0, MAX_SYNONYM_FORMS);
}
