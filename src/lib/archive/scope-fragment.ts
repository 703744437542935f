import { applyEdits, serializeStartTag, walkElements, type Edit } from './html-edits.ts';

const ID_ATTRIBUTES = ['id', 'aria-labelledby', 'aria-describedby', 'for'] as const;

/**
 * Makes a piece's rendered HTML fit into a document that holds many pieces: every id (and every `#` link and
 * aria reference to one) gets the piece's prefix, and headings move down `shift` levels under the piece's title.
 * `('<h2 id="s1">一、工作回顾</h2><a href="#s1">', "r-changwei", 1)` → `'<h3 id="r-changwei-s1">一、工作回顾</h3><a href="#r-changwei-s1">'`
 */
export function scopeFragment(html: string, prefix: string, shift: number): string {
  const edits: Edit[] = [];
  const heading = (name: string) => {
    const level = /^h([1-6])$/.exec(name)?.[1];
    return level ? `h${Math.min(6, Number(level) + shift)}` : name;
  };
  walkElements(html, {
    open(element) {
      const attribs = { ...element.attribs };
      for (const name of ID_ATTRIBUTES) {
        const value = attribs[name];
        if (value) attribs[name] = value.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ');
      }
      const href = attribs['href'];
      if (href?.startsWith('#') && href.length > 1) attribs['href'] = `#${prefix}-${href.slice(1)}`;
      const name = heading(element.name);
      const changed = name !== element.name || Object.keys(attribs).some((k) => attribs[k] !== element.attribs[k]);
      if (changed) edits.push({ start: element.start, end: element.openEnd, text: serializeStartTag(name, attribs) });
    },
    close(element, end) {
      const name = heading(element.name);
      if (name !== element.name && end.end > end.closeStart) edits.push({ start: end.closeStart, end: end.end, text: `</${name}>` });
    },
  });
  return applyEdits(html, edits);
}
