import { describe, expect, it } from 'vitest';
import { hasEveryTerm } from './match-terms.ts';
import { rankHits } from './rank-hits.ts';

const holding = (terms: string[]) => (text: string) => hasEveryTerm(text, terms);

const hit = (title: string, content: string, score: number, date?: string) => ({ title, content, score, date });

describe('rankHits', () => {
  it('keeps pages with the query as written and sets aside those with its characters apart', () => {
    const decoy = hit('万家超市开进山村', '上万家小微企业里，愿意帮一把的不少；货架摆进了村口。', 2);
    const real = hit('工作报告', '深化“万企帮万村”行动。', 1);
    expect(rankHits([decoy, real], holding(['万企帮万村']))).toEqual({ exact: [real], scattered: [decoy] });
  });

  it('puts pages whose title holds the query first, then follows Pagefind’s score', () => {
    const body = hit('工作报告', '优化营商环境', 3);
    const titled = hit('优化营商环境的做法', '优化营商环境', 1);
    const weaker = hit('调研报告', '营商环境评议', 2);
    expect(rankHits([body, titled, weaker], holding(['营商环境'])).exact.map((h) => h.title)).toEqual(['优化营商环境的做法', '工作报告', '调研报告']);
  });

  it('orders newest first by date, undated pages last', () => {
    const hits = [hit('企业', '东坪县', 9), hit('旧', '东坪县', 1, '2022-03-01'), hit('新', '东坪县', 1, '2024-05-10')];
    expect(rankHits(hits, holding(['东坪县']), 'date').exact.map((h) => h.title)).toEqual(['新', '旧', '企业']);
  });
});
