import { describe, expect, it } from 'vitest';
import { readNumbersInput } from './chart-input.ts';

describe('readNumbersInput', () => {
  it('reads the demo tree’s pieces, enterprises and events with the content schemas', () => {
    const input = readNumbersInput('content');
    expect(input.years).toEqual([2025, 2024, 2023, 2022]);
    expect(input.honors.filter((h) => h.year === 2024).reduce((n, h) => n + h.count, 0)).toBe(31);
    expect(input.events.get(2024)).toBe(3);
  });
});
