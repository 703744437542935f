import { describe, expect, it } from 'vitest';
import { loadTextMeasure, measureFrom } from './text-width.ts';

describe('measureFrom', () => {
  it('adds the advances of each character and the letter spacing', () => {
    const measure = measureFrom({ 400: (c) => (c === 'a' ? 0.5 : 1), 700: () => 1 });
    expect(measure.width('a工a', 20, 400, 2)).toBe(10 + 20 + 10 + 6);
  });

  it('counts a character the face lacks as a full em, as a CJK fallback glyph is drawn', () => {
    expect(measureFrom({ 400: () => undefined, 700: () => undefined }).width('𰻞', 30, 400)).toBe(30);
  });
});

describe('loadTextMeasure', () => {
  it('measures CJK as one em and Latin digits narrower, from the bundled primary font', () => {
    const measure = loadTextMeasure();
    expect(measure.width('锦川工商联', 60, 700)).toBe(300);
    const digits = measure.width('2024', 60, 400);
    expect(digits).toBeGreaterThan(100);
    expect(digits).toBeLessThan(200);
  });
});
