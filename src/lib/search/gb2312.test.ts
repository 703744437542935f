import { describe, expect, it } from 'vitest';
import { gb2312Hanzi } from './gb2312.ts';

describe('gb2312Hanzi', () => {
  it('holds the 6,763 simplified hanzi and no traditional-only character', () => {
    const chars = gb2312Hanzi();
    expect(chars.size).toBe(6763);
    expect(['营', '商', '会', '著', '乾'].map((c) => chars.has(c))).toEqual([true, true, true, true, true]);
    expect(['營', '會', '環', '鄉'].map((c) => chars.has(c))).toEqual([false, false, false, false]);
  });
});
