import { describe, expect, it } from 'vitest';
import { reading } from './reading.ts';

describe('reading.yearCounts', () => {
  it('names only what the year has, each count kept with its number and unit', () => {
    expect(reading.yearCounts(2, 2, 5).map((c) => c.replaceAll('\u00a0', ' '))).toEqual(['工作报告 2 篇', '表彰名单 2 份', '企业故事 5 篇']);
    expect(reading.yearCounts(3, 0, 0).map((c) => c.replaceAll('\u00a0', ' '))).toEqual(['工作报告 3 篇']);
  });
});
