import { describe, expect, it } from 'vitest';
import { FEED_SIZE, selectFeedItems } from './feed-items.ts';

const piece = (title: string, iso: string) => ({ title, date: new Date(iso) });

describe('selectFeedItems', () => {
  it('mixes reports and stories, newest first', () => {
    expect(selectFeedItems([piece('报告', '2024-01-25')], [piece('故事', '2024-06-01')]).map((p) => p.title)).toEqual(['故事', '报告']);
  });

  it('keeps at most FEED_SIZE pieces, the newest', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => piece(`第${i}篇`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`));
    expect(selectFeedItems(many, [])).toHaveLength(FEED_SIZE);
  });
});
