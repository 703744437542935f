import { findTermRanges } from '../lib/search/match-terms.ts';
import { normalizeQuery } from '../lib/search/normalize-query.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/search-state.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA']);

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && !SKIP.has(node.parentElement.tagName) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function markNode(node: Text, terms: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const ranges = findTermRanges(node.data, terms);
  for (const [start, end] of ranges.reverse()) {
    const hit = node.splitText(start);
    hit.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit-mark';
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

/**
 * Marks the reader's search terms (`?hl=…`) in the page's indexed content and brings the first one into
 * view, unless the URL names a place (an honouree's row), which the browser has already scrolled to.
 */
export function highlightTerms(): void {
  const terms = normalizeQuery(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '').terms;
  if (terms.length === 0) return;
  const regions = document.querySelectorAll('[data-pagefind-body]');
  const roots = regions.length > 0 ? [...regions] : [document.querySelector('main') ?? document.body];
  const marks = roots.flatMap((root) => textNodes(root).flatMap((node) => markNode(node, terms)));
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = (target && marks.find((mark) => target.contains(mark))) ?? marks[0];
  if (!first) return;
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  if (!target) first.scrollIntoView({ block: 'center' });
}
