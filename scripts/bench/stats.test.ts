import { describe, expect, it } from 'vitest';
import { formatBytes, formatSeconds, formatSpread, summarize } from './stats.ts';

describe('summarize', () => {
  it('finds min, median and max of an odd count', () => {
    expect(summarize([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });

  it('has nothing to say about no measurements', () => {
    expect(summarize([])).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes milliseconds as seconds with two decimals', () => {
    expect(formatSeconds(1234)).toBe('1.23');
    expect(formatSeconds(undefined)).toBe('—');
  });

  it('writes a spread as min / median / max', () => {
    expect(formatSpread({ min: 900, median: 1000, max: 1500 })).toBe('0.90 / 1.00 / 1.50');
  });

  it('writes sizes in B, KB or MB', () => {
    expect([512, 30720, 5 * 1048576].map(formatBytes)).toEqual(['512 B', '30.0 KB', '5.0 MB']);
  });
});
