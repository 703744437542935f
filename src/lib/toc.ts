/** A heading as Astro's render() reports it. */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

/** One contents entry and the entries nested under it. */
export interface TocItem extends HeadingInfo {
  children: TocItem[];
}

/**
 * Nests flat headings into a contents tree, keeping only depths minDepth..maxDepth.
 * `[h2 一、, h3 （一）, h3 （二）, h2 二、]` → `[一、 [（一）, （二）], 二、]`
 */
export function buildToc(headings: readonly HeadingInfo[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length && (stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(item);
    stack.push(item);
  }
  return root;
}
