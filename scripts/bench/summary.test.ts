import { describe, expect, it } from 'vitest';
import { checkTargets, spreadPhases } from './summary.ts';

describe('spreadPhases', () => {
  it('spreads each measured field over the rounds and skips missing ones', () => {
    expect(spreadPhases([{ wall: 1000, pages: 300 }, { wall: 3000 }, { wall: 2000, pages: 500 }])).toEqual({
      wall: { min: 1000, median: 2000, max: 3000 },
      pages: { min: 300, median: 400, max: 500 },
    });
  });
});

describe('checkTargets', () => {
  const one = (ms: number) => ({ min: ms, median: ms, max: ms });
  const checks = checkTargets({
    cold: { wall: one(100_000), pages: one(5000) },
    warm: { wall: one(30_000), pages: one(4000), imagesRendered: one(0) },
    hexo: { cold: one(6000), warm: one(3500) },
    hugo: { cold: one(1000), warm: one(1000) },
    peakRss: 1.5 * 1024 ** 3,
    weights: undefined,
  });
  const ok = (target: string) => checks.find((c) => c.target === target)?.ok;

  it('passes the page phase against a slower Hexo and fails it against a faster one', () => {
    expect(ok('page phase faster than Hexo, cold')).toBe(true);
    expect(ok('page phase faster than Hexo, warm')).toBe(false);
  });

  it('fails the Hugo target beyond three times', () => {
    expect(ok('page phase within 3× Hugo (cold)')).toBe(false);
  });

  it('fails an unchanged rebuild that takes more than a quarter of the cold build', () => {
    expect(ok('unchanged rebuild ≤ 25 % of cold')).toBe(false);
    expect(ok('unchanged rebuild renders 0 images')).toBe(true);
  });

  it('leaves page-weight targets open when pages were not weighed', () => {
    expect(ok('0 font bytes')).toBeUndefined();
  });
});
