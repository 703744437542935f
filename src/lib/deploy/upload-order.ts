import type { ShareKind } from '../share/types.ts';
import { isImmutablePath } from './cache-rules.ts';

/**
 * When a file may go up among those that are ready: 0 hashed assets (nothing live can name them yet), 1 other
 * files and content pages, 2 entry pages (home, listings, year pages, search, 404: what readers arrive at),
 * 3 feeds, sitemaps and Pagefind's scripts and metadata, 4 `pagefind-entry.json`, which switches search over to the
 * new index. Year bundles and PDFs (`archives/*.zip`, `*.pdf`) keep their names while the year pages print their size and SHA-256, so
 * they go up with those pages. `kind` is what the built page says it is (its `gsl:share` meta).
 * `("_astro/a.Cq1z.css")` → 0; `("reports/2024/x/index.html", "report")` → 1; `("index.html", "home")` → 2; `("rss.xml")` → 3
 */
export function uploadRank(key: string, kind?: ShareKind): number {
  if (isImmutablePath(`/${key}`)) return 0;
  if (key === 'pagefind/pagefind-entry.json') return 4;
  if (/^(?:rss\.xml|sitemap[^/]*\.xml|pagefind\/[^/]+)$/.test(key)) return 3;
  if (/^archives\/[^/]+\.(?:zip|pdf)$/.test(key)) return 2;
  return key === 'index.html' || kind === 'home' || kind === 'listing' || kind === 'year' || kind === 'page' ? 2 : 1;
}

/**
 * Strongly connected components (Tarjan, iterative: a first deploy chains thousands of pages, too deep to
 * recurse), each sorted, emitted only after every component it reaches: a file's targets come out before it.
 */
export function stronglyConnected(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edges: readonly string[]; i: number }[] = [];
    const open = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: next(node), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      if (frame.i < frame.edges.length) {
        const to = frame.edges[frame.i++]!;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      for (let member = ''; member !== frame.node; ) {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      }
      components.push(component.sort());
    }
  }
  return components;
}

/**
 * The order to upload `keys` in, as waves: a wave starts when the one before it has fully gone up. A file waits
 * for every file `waitsFor` names (the new files it links to) and, through them, for everything they need; among
 * files that are ready, lower `rank`s go first. Files that link to each other in a circle go up in one wave, entry
 * pages of that circle last. `(["index.html", "a/index.html"], index→a)` → `[["a/index.html"], ["index.html"]]`
 */
export function orderUploads(keys: readonly string[], waitsFor: (key: string) => readonly string[], rank: (key: string) => number): string[][] {
  const components = stronglyConnected([...keys].sort(), waitsFor);
  const componentOf = new Map(components.flatMap((members, i) => members.map((key) => [key, i] as const)));
  const needs = components.map((members, i) => new Set(members.flatMap((key) => waitsFor(key).map((to) => componentOf.get(to)!)).filter((j) => j !== i)));
  const dependants = components.map(() => [] as number[]);
  needs.forEach((set, i) => set.forEach((j) => dependants[j]!.push(i)));
  const componentRank = components.map((members) => Math.max(...members.map(rank)));
  let ready = components.map((_, i) => i).filter((i) => needs[i]!.size === 0);
  const waves: string[][] = [];
  while (ready.length > 0) {
    const lowest = Math.min(...ready.map((i) => componentRank[i]!));
    const chosen = ready.filter((i) => componentRank[i] === lowest);
    ready = ready.filter((i) => componentRank[i] !== lowest);
    const members = chosen.flatMap((i) => components[i]!);
    for (const r of [...new Set(members.map(rank))].sort((a, b) => a - b)) waves.push(members.filter((key) => rank(key) === r).sort());
    for (const i of chosen) {
      for (const d of dependants[i]!) {
        needs[d]!.delete(i);
        if (needs[d]!.size === 0) ready.push(d);
      }
    }
  }
  return waves;
}
