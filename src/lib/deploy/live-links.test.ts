import { describe, expect, it } from 'vitest';
import { findDanglingLinks } from './live-links.ts';

const links = new Map<string, string[]>([
  ['reports/index.html', ['reports/2024/a/index.html', 'reports/2024/b/index.html']],
  ['reports/2024/a/index.html', ['reports/2024/b/index.html', 'share/reports/2024/a/card.png']],
  ['reports/2024/b/index.html', ['reports/2024/a/index.html']],
]);
const before = new Set(['reports/index.html']);
const existedBefore = (key: string) => before.has(key);

describe('findDanglingLinks', () => {
  it('finds nothing when every new file a live file links to went up', () => {
    const uploaded = new Set(['share/reports/2024/a/card.png', 'reports/2024/a/index.html', 'reports/2024/b/index.html']);
    expect(findDanglingLinks({ uploaded, missing: new Set(), links, existedBefore })).toEqual({ reachable: [], orphaned: [] });
  });

  it('calls a link from a new page that nothing live links to yet orphaned, not broken', () => {
    const uploaded = new Set(['share/reports/2024/a/card.png', 'reports/2024/a/index.html']);
    expect(findDanglingLinks({ uploaded, missing: new Set(['reports/2024/b/index.html']), links, existedBefore })).toEqual({
      reachable: [],
      orphaned: [['reports/2024/a/index.html', 'reports/2024/b/index.html']],
    });
  });

  it('reports a listing that went up before a page it links to as a broken link readers can reach', () => {
    const uploaded = new Set(['reports/index.html', 'reports/2024/a/index.html']);
    const found = findDanglingLinks({ uploaded, missing: new Set(['reports/2024/b/index.html', 'share/reports/2024/a/card.png']), links, existedBefore });
    expect(found.reachable).toEqual([
      ['reports/2024/a/index.html', 'reports/2024/b/index.html'],
      ['reports/2024/a/index.html', 'share/reports/2024/a/card.png'],
      ['reports/index.html', 'reports/2024/b/index.html'],
    ]);
  });
});
