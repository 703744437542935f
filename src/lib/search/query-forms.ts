import { hasEveryTerm } from './match-terms.ts';
import { isPinyinQuery, pinyinForms, type NameEntry } from './name-pinyin.ts';
import { synonymForms } from './synonym-table.ts';
import { variantForms, type VariantMaps } from './variant-forms.ts';

/** How a form of a term was declared: as typed, the other script, the synonym table, or a name's pinyin. */
export type FormKind = 'typed' | 'variant' | 'synonym' | 'pinyin';

/** One way a term may appear on a page. */
export interface Form {
  text: string;
  kind: FormKind;
  /** The site never writes one of its characters (營 on a simplified site): matched, but never sent to Pagefind. */
  unseen?: true;
}

/** A term of the reader's query and every form of it a result may contain instead; `forms[0]` is the term as typed. */
export interface ExpandedTerm {
  typed: string;
  forms: Form[];
}

/** What expansion reads: the site's synonym table, its variant maps and, for pinyin, its name table. */
export interface FormsContext {
  synonyms: readonly (readonly string[])[];
  variants: VariantMaps;
  names?: readonly NameEntry[] | undefined;
}

/** Forms one term may take at most; Pagefind is asked at most MAX_SEARCHES times per query. */
const MAX_FORMS = 12;
const MAX_SEARCHES = 8;

function expandOne(typed: string, context: FormsContext): ExpandedTerm {
  const forms: Form[] = [{ text: typed, kind: 'typed' }];
  const add = (text: string, kind: FormKind) => {
    if (forms.length < MAX_FORMS && !forms.some((f) => f.text === text)) forms.push({ text, kind });
  };
  if (context.names && isPinyinQuery(typed)) for (const text of pinyinForms(typed, context.names)) add(text, 'pinyin');
  for (const text of variantForms(typed, context.variants)) add(text, 'variant');
  const written = new Set(context.variants.reverse.values());
  if ([...typed].some((c) => context.variants.fold.has(c) && !written.has(c))) forms[0] = { text: typed, kind: 'typed', unseen: true };
  for (const form of [...forms]) for (const { text } of synonymForms(form.text, context.synonyms)) add(text, 'synonym');
  return { typed, forms };
}

/**
 * Every declared form of each term: `expandTerms(["民企"], { synonyms: [["民企", "民营企业"]], … })` →
 * `[{ typed: "民企", forms: [{ text: "民企", kind: "typed" }, { text: "民营企业", kind: "synonym" }] }]`. Pinyin typed
 * with spaces between words (`yingshang huanjing`) is read as one term when the names hold it.
 */
export function expandTerms(terms: readonly string[], context: FormsContext): ExpandedTerm[] {
  const expanded: ExpandedTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    let end = i;
    while (context.names && end < terms.length && isPinyinQuery(terms[end] ?? '')) end++;
    if (end - i >= 2) {
      const joined = expandOne(terms.slice(i, end).join(' '), context);
      if (joined.forms.length > 1) {
        expanded.push(joined);
        i = end - 1;
        continue;
      }
    }
    expanded.push(expandOne(terms[i] ?? '', context));
  }
  return expanded;
}

/** The first form of a term the text contains (as written, width and spaces aside), if any. */
export function formIn(text: string, term: ExpandedTerm): Form | undefined {
  return term.forms.find((form) => hasEveryTerm(text, [form.text]));
}

/** Whether the text holds every term in one of its forms: precision is kept per term, never loosened. */
export function holdsEveryTerm(text: string, terms: readonly ExpandedTerm[]): boolean {
  return terms.length > 0 && terms.every((term) => formIn(text, term) !== undefined);
}

/** Every form's text, for marking: `allForms([{ typed: "民企", forms: [民企, 民营企业] }])` → `["民企", "民营企业"]`. */
export function allForms(terms: readonly ExpandedTerm[]): string[] {
  return terms.flatMap((term) => term.forms.map((form) => form.text));
}

/**
 * For a result, the terms it holds only in another form, to say so: `[{ typed: "民企", form: { text: "民营企业", kind: "synonym" } }]`.
 * A term found as typed is not listed.
 */
export function otherFormsIn(text: string, terms: readonly ExpandedTerm[]): Array<{ typed: string; form: Form }> {
  return terms.flatMap((term) => {
    const form = formIn(text, term);
    return form && form.kind !== 'typed' ? [{ typed: term.typed, form }] : [];
  });
}

/**
 * What to ask Pagefind: each combination of the terms' forms the site can hold, the typed query first, at most
 * MAX_SEARCHES: `[民企 | 民营企业] × [2024]` → `["民企 2024", "民营企业 2024"]`; `[營商環境 (unseen) | 营商环境]` → `["营商环境"]`.
 */
export function pagefindQueries(terms: readonly ExpandedTerm[]): string[] {
  let queries = [''];
  for (const term of terms) {
    const forms = term.forms.filter((form) => !form.unseen);
    queries = queries.flatMap((q) => forms.map((form) => (q ? `${q} ${form.text}` : form.text))).slice(0, MAX_SEARCHES);
  }
  return queries.filter((q) => q !== '');
}
