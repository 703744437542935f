import { formatBytes } from './format-bytes.ts';
import { applyEdits, escapeText, walkElements, type Edit } from './html-edits.ts';

/** Size and hash of a written bundle. */
export interface BundleFacts {
  size: number;
  sha256: string;
}

/**
 * Fills a built page's bundle links, which are rendered before the bundles exist: inside an element with
 * `data-archive-file="锦川工商联-2024.zip"`, the `data-archive-size` element gets `"1.2 MB"` and the
 * `data-archive-sha256` element the hex hash. An element marked `data-archive-optional` whose file was not written
 * (a year PDF without Chromium) is removed whole, so a page never offers a file that does not exist; any other missing
 * file is an error. Returns the page and how many links it filled.
 */
export function fillArchiveLinks(html: string, bundles: ReadonlyMap<string, BundleFacts>, pageName: string): { html: string; filled: number } {
  const edits: Edit[] = [];
  const scopes: Array<string | undefined> = [];
  let filled = 0;
  walkElements(html, {
    open(element) {
      scopes.push(element.attribs['data-archive-file'] ?? scopes.at(-1));
    },
    close(element, end) {
      const name = scopes.pop();
      if (name === undefined) return;
      const facts = bundles.get(name);
      if (element.attribs['data-archive-file'] !== undefined) {
        if (!facts && 'data-archive-optional' in element.attribs) return void edits.push({ start: element.start, end: end.end, text: '' });
        if (!facts) throw new Error(`${pageName}: 链接的归档包 ${name} 没有生成`);
        filled += 1;
      }
      if (!facts) return;
      const value = 'data-archive-size' in element.attribs ? formatBytes(facts.size) : 'data-archive-sha256' in element.attribs ? facts.sha256 : undefined;
      if (value !== undefined) edits.push({ start: element.openEnd, end: end.closeStart, text: escapeText(value) });
    },
  });
  return { html: applyEdits(html, edits), filled };
}
