/** A piece of text no line may break inside; `kept` when it is a name the site knows or a short bracketed phrase. */
export interface Atom {
  text: string;
  kept: boolean;
}

// Kinsoku (禁则): these never start a line, these never end one.
const CLOSING = new Set('，。、；：！？）》」』】”’…·%，．,.;:!?)]}>〉');
const OPENING = new Set('（《「『【“‘([{<〈');
const PAIRS: Record<string, string> = { '（': '）', '“': '”', '《': '》', '「': '」', '『': '』', '‘': '’', '【': '】' };
/** The longest bracketed phrase kept on one line, brackets excluded: 全国“五好”县级工商联 keeps “五好” whole. */
const MAX_BRACKETED = 10;
const LATIN = /[A-Za-z0-9@#&+\-_/.]/;

/** Ranges of `text` to keep whole, longest first where they overlap: known names, short bracketed phrases. */
function findKeptRanges(text: string, keep: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const taken = new Uint8Array(text.length);
  const claim = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    ranges.push([start, end]);
  };
  for (const term of [...new Set(keep)].filter((t) => t.length > 1).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) claim(at, at + term.length);
  }
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]!];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end > i && [...text.slice(i + 1, end)].length <= MAX_BRACKETED && !text.slice(i + 1, end).includes(text[i]!)) claim(i, end + 1);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Unkept text as words (ICU's Chinese dictionary: 高端|敷料, not 敷|料), each punctuation mark alone, Latin runs whole. */
function splitWords(text: string): Atom[] {
  return [...words.segment(text)].flatMap(({ segment, isWordLike }) => (isWordLike || [...segment].every((c) => LATIN.test(c)) ? [{ text: segment, kept: false }] : [...segment].map((c) => ({ text: c, kept: false }))));
}

/**
 * Splits text into the pieces a line may break between: each known name or short bracketed phrase whole, each word
 * whole (ICU's word breaks), each run of Latin letters and digits whole; closing punctuation joins the piece before
 * it and opening punctuation the piece after it, so neither is ever stranded at a line's edge.
 * `("华瑞药业、济安医疗", ["济安医疗"])` → `[{ text: "华瑞" }, { text: "药业、" }, { text: "济安医疗", kept: true }]`
 */
export function splitAtoms(text: string, keep: readonly string[] = []): Atom[] {
  const raw: Atom[] = [];
  let cursor = 0;
  for (const [start, end] of findKeptRanges(text, keep)) {
    raw.push(...splitWords(text.slice(cursor, start)), { text: text.slice(start, end), kept: true });
    cursor = end;
  }
  raw.push(...splitWords(text.slice(cursor)));
  return glue(raw);
}

function glue(raw: readonly Atom[]): Atom[] {
  const atoms: Atom[] = [];
  let pending = '';
  for (const atom of raw) {
    const first = [...atom.text][0] ?? '';
    const previous = atoms.at(-1);
    if (!atom.kept && CLOSING.has(atom.text) && previous && !pending) {
      previous.text += atom.text;
      continue;
    }
    if (!atom.kept && OPENING.has(first) && atom.text.length === 1) {
      pending += atom.text;
      continue;
    }
    atoms.push({ text: pending + atom.text, kept: atom.kept });
    pending = '';
  }
  if (pending) atoms.push({ text: pending, kept: false });
  return atoms;
}
