import { Parser } from 'htmlparser2';

/** An element as the tokenizer met it, with where its start tag sits in the source. */
export interface ElementInfo {
  name: string;
  attribs: Record<string, string>;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just past `>` of the start tag. */
  openEnd: number;
}

/** Where an element ends: `closeStart..end` is its end tag (empty when the end tag is implied). */
export interface ElementEnd {
  closeStart: number;
  end: number;
}

/** Called for every start tag, and again when that element ends. */
export interface ElementVisitor {
  open?(element: ElementInfo): void;
  close?(element: ElementInfo, end: ElementEnd): void;
}

/** A replacement of `html.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Walks the elements of an HTML document in source order with htmlparser2, reporting source offsets. */
export function walkElements(html: string, visitor: ElementVisitor): void {
  const stack: ElementInfo[] = [];
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      const element = { name, attribs, start: parser.startIndex, openEnd: parser.endIndex + 1 };
      stack.push(element);
      visitor.open?.(element);
    },
    onclosetag(_name, isImplied) {
      const element = stack.pop();
      if (!element) return;
      if (!isImplied) return visitor.close?.(element, { closeStart: parser.startIndex, end: parser.endIndex + 1 });
      // Implied: a void element (<img>, <meta>) ends at its own start tag; others where the next tag begins.
      const at = parser.endIndex + 1 === element.openEnd ? element.openEnd : Math.max(parser.startIndex, element.openEnd);
      visitor.close?.(element, { closeStart: at, end: at });
    },
  });
  parser.end(html);
}

/**
 * Applies edits given in any order; an edit inside another edit's range is dropped, since that range is replaced whole.
 * `("<p>a</p><i>b</i>", [{start: 0, end: 8, text: ""}])` → `"<i>b</i>"`
 */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    out += html.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + html.slice(cursor);
}

/** Escapes an attribute value for double quotes: `'a&b"c'` → `"a&amp;b&quot;c"`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Escapes text content: `"a<b&c"` → `"a&lt;b&amp;c"`. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes a start tag back from its name and attributes, in the order given.
 * `("a", {href: "x.html", class: "k"})` → `'<a href="x.html" class="k">'`
 */
export function serializeStartTag(name: string, attribs: Record<string, string>, selfClosing = false): string {
  const attributes = Object.entries(attribs).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`);
  return `<${name}${attributes.join('')}${selfClosing ? ' /' : ''}>`;
}

/**
 * Adds a stylesheet link at the end of the page's `<head>`, found with the HTML parser.
 * `("<head><title>x</title></head>", "/a.css")` → `'<head><title>x</title><link rel="stylesheet" href="/a.css"></head>'`
 */
export function addStylesheetLink(html: string, href: string): string {
  let at: number | undefined;
  walkElements(html, {
    close(element, end) {
      if (element.name === 'head' && at === undefined) at = end.closeStart;
    },
  });
  if (at === undefined) return html;
  return applyEdits(html, [{ start: at, end: at, text: serializeStartTag('link', { rel: 'stylesheet', href }) }]);
}
