import { describe, expect, it } from 'vitest';
import { orderUploads, stronglyConnected, uploadRank } from './upload-order.ts';

/** A link graph written as `from → to` pairs. */
function graph(pairs: string): (key: string) => string[] {
  const links = new Map<string, string[]>();
  for (const pair of pairs.split(',').filter(Boolean)) {
    const [from, to] = pair.split('→').map((s) => s.trim()) as [string, string];
    links.set(from, [...(links.get(from) ?? []), to]);
  }
  return (key) => links.get(key) ?? [];
}

describe('uploadRank', () => {
  it('sends hashed assets first, pages next, entry pages and year bundles after them, feeds and Pagefind after those, its entry file last', () => {
    const keys: [string, string?][] = [
      ['_astro/Base.B2x9kd3a.css'],
      ['pagefind/fragment/zh-cn_9f1.pf_fragment'],
      ['share/reports/2024/x/card.png'],
      ['reports/2024/x/index.html', 'report'],
      ['reports/index.html', 'listing'],
      ['archives/锦川工商联-2024.zip'],
      ['years/2024/index.html', 'year'],
      ['index.html'],
      ['sitemap-0.xml'],
      ['pagefind/pagefind.zh-cn_1518438edb3c5.pf_meta'],
      ['pagefind/pagefind-entry.json'],
    ];
    expect(keys.map(([key, kind]) => uploadRank(key, kind as never))).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 4]);
  });
});

describe('stronglyConnected', () => {
  it('groups pages that link to each other and emits what is linked before what links to it', () => {
    expect(stronglyConnected(['home', 'a', 'b', 'img'], graph('home→a, a→b, b→a, a→img'))).toEqual([['img'], ['a', 'b'], ['home']]);
  });

  it('walks a chain of twenty thousand pages without running out of stack', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const components = stronglyConnected(keys, (key) => (key === 'p19999' ? [] : [`p${Number(key.slice(1)) + 1}`]));
    expect([components.length, components[0], components.at(-1)]).toEqual([20_000, ['p19999'], ['p0']]);
  });
});

describe('orderUploads', () => {
  const rank = (key: string) => uploadRank(key, key === 'reports/index.html' ? 'listing' : undefined);

  it('puts a new report’s share image before the report, and the report before the listing and home page that link to it', () => {
    const keys = ['index.html', 'reports/index.html', 'reports/2024/x/index.html', 'share/reports/2024/x/card.png', '_astro/a.C1.css'];
    const waits = graph('index.html→reports/2024/x/index.html, reports/index.html→reports/2024/x/index.html, reports/2024/x/index.html→share/reports/2024/x/card.png');
    expect(orderUploads(keys, waits, rank)).toEqual([['_astro/a.C1.css'], ['share/reports/2024/x/card.png'], ['reports/2024/x/index.html'], ['index.html', 'reports/index.html']]);
  });

  it('uploads two new pages that link to each other together, before the listing that links to one of them', () => {
    const keys = ['reports/index.html', 'reports/2024/a/index.html', 'reports/2024/b/index.html'];
    const waits = graph('reports/2024/a/index.html→reports/2024/b/index.html, reports/2024/b/index.html→reports/2024/a/index.html, reports/index.html→reports/2024/a/index.html');
    expect(orderUploads(keys, waits, rank)).toEqual([['reports/2024/a/index.html', 'reports/2024/b/index.html'], ['reports/index.html']]);
  });

  it('lets a page wait for a new year page even though entry pages otherwise go last', () => {
    const keys = ['years/2025/index.html', 'enterprises/x/index.html'];
    const waits = graph('enterprises/x/index.html→years/2025/index.html');
    expect(orderUploads(keys, waits, (key) => (key.startsWith('years/') ? 2 : 1))).toEqual([['years/2025/index.html'], ['enterprises/x/index.html']]);
  });

  it('keeps the entry page of a circle of new pages after its other members', () => {
    const waits = graph('index.html→a/index.html, a/index.html→index.html');
    expect(orderUploads(['index.html', 'a/index.html'], waits, rank)).toEqual([['a/index.html'], ['index.html']]);
  });
});
