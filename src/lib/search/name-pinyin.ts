/**
 * Names by pinyin: enterprise names and aliases, honourees and titles are findable by full pinyin (`huarui` → 华瑞)
 * and by initials (`hryy` → 华瑞药业), from the start of the name — an alias (华瑞药业) is a name of its own, so a
 * company is found by the pinyin of its short name. The build writes each name with its syllables (pinyin-pro,
 * which reads polyphones in context) in shards by first letter; the search page fetches the query's shard and
 * matches what the reader typed against it. Body text is never here.
 */

/** A name and its syllables, one per character, space-separated: `["华瑞药业", "hua rui yao ye"]`. */
export type NameEntry = [text: string, syllables: string];

/** At most this many Chinese forms are searched for one pinyin query. */
export const MAX_PINYIN_FORMS = 8;

/** Whether a term is one a reader types as pinyin: letters only, at least two. `isPinyinQuery("huarui")` → true; `("GDP增长")` → false. */
export function isPinyinQuery(term: string): boolean {
  return /^[a-z]{2,40}$/i.test(term.replace(/['’\s]/g, ''));
}

function isSyllable(char: string, syllable: string): boolean {
  return /^[a-z]+$/.test(syllable) && char !== syllable;
}

/** The start of a name a pinyin string covers: whole syllables, or their initials. */
function coveredRuns(q: string, chars: readonly string[], syllables: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const n = chars.length;
  for (const i of [0]) {
    let at = 0;
    let j = i;
    while (j < n && isSyllable(chars[j] ?? '', syllables[j] ?? '') && q.startsWith(syllables[j] ?? '', at)) at += (syllables[j++] ?? '').length;
    if (at === q.length && j - i >= 2) runs.push([i, j]);
    const end = i + q.length;
    const initials = end <= n && [...q].every((letter, k) => isSyllable(chars[i + k] ?? '', syllables[i + k] ?? '') && syllables[i + k]?.[0] === letter);
    if (initials && (q.length >= 3 || end === n)) runs.push([i, end]);
  }
  return runs;
}

/**
 * The Chinese forms a pinyin query stands for, whole names first, then by how many names hold them:
 * `pinyinForms("hryy", [["锦川华瑞药业股份有限公司", "jin chuan hua rui yao ye gu fen you xian gong si"]])` → `["华瑞药业"]`.
 */
export function pinyinForms(query: string, names: readonly NameEntry[]): string[] {
  const q = query.toLowerCase().replace(/['’\s]/g, '');
  if (!isPinyinQuery(q)) return [];
  const tally = new Map<string, { count: number; whole: boolean }>();
  for (const [text, pinyin] of names) {
    const chars = [...text];
    const syllables = pinyin.split(' ');
    if (syllables.length !== chars.length) continue;
    for (const [from, to] of coveredRuns(q, chars, syllables)) {
      const form = chars.slice(from, to).join('');
      const seen = tally.get(form) ?? { count: 0, whole: false };
      tally.set(form, { count: seen.count + 1, whole: seen.whole || (from === 0 && to === chars.length) });
    }
  }
  return [...tally]
    .sort(([a, x], [b, y]) => Number(y.whole) - Number(x.whole) || y.count - x.count || a.localeCompare(b, 'zh-CN'))
    .slice(0, MAX_PINYIN_FORMS)
    .map(([form]) => form);
}
