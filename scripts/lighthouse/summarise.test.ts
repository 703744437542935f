import { describe, expect, it } from 'vitest';
import { summarise, type LighthouseResult } from './summarise.ts';

const result = (seo: number, crawlable: number): LighthouseResult => ({
  categories: {
    performance: { score: 1, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
    accessibility: { score: 1, auditRefs: [] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: seo, auditRefs: [{ id: 'is-crawlable', weight: 4.6 }, { id: 'structured-data', weight: 0 }] },
  },
  audits: {
    'largest-contentful-paint': { score: 0.99, scoreDisplayMode: 'numeric', title: 'Largest Contentful Paint', displayValue: '1.2 s' },
    'is-crawlable': { score: crawlable, scoreDisplayMode: 'binary', title: 'Page is blocked from indexing' },
    'structured-data': { score: 0, scoreDisplayMode: 'manual', title: 'Structured data is valid' },
  },
});

describe('summarise', () => {
  it('gives the four scores out of 100 and nothing lost on a perfect page', () => {
    expect(summarise(result(1, 1))).toEqual({ scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, lost: [] });
  });

  it('names the weighted audits that cost a category its points, and only in that category', () => {
    expect(summarise(result(0.69, 0))).toEqual({
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 69 },
      lost: ['seo: is-crawlable (Page is blocked from indexing)'],
    });
  });
});
