import type { EnterpriseIndex, EnterpriseNames } from '../enterprise-index.ts';

/**
 * Finds the names a share image must never break across two lines in a text: every name and alias of an enterprise the
 * text mentions (as the enterprise index finds it), and every other name given (the site's own names, the awards its
 * honour lists head a group with).
 * `("华瑞药业、济安医疗联合攻关")` → `["华瑞药业", "济安医疗"]`
 */
export function createKeepFinder(enterprises: readonly EnterpriseNames[], index: EnterpriseIndex, others: Iterable<string>): (text: string) => string[] {
  const bySlug = new Map(enterprises.map((e) => [e.slug, [e.name, ...e.aliases]]));
  const otherList = [...new Set(others)].filter((name) => [...name].length >= 2);
  return (text) => {
    const names = index.findMentions(text).flatMap((slug) => bySlug.get(slug) ?? []);
    return [...new Set([...names, ...otherList])].filter((term) => text.includes(term)).sort();
  };
}
