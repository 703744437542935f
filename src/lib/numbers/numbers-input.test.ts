import { describe, expect, it } from 'vitest';
import { tally } from './numbers-input.ts';

describe('tally', () => {
  it('adds one, or the given number, to a label’s count', () => {
    const counts = new Map<string, number>();
    tally(counts, '锦南区');
    tally(counts, '锦南区');
    tally(counts, '临溪县', 5);
    expect(counts).toEqual(new Map([['锦南区', 2], ['临溪县', 5]]));
  });
});
