import { describe, expect, it } from 'vitest';
import { charWidth, textWidth, wrapLabel } from './label-lines.ts';

describe('textWidth', () => {
  it('counts ideographs as one em and digits as 0.6', () => {
    expect([charWidth('锦'), charWidth('2'), textWidth('锦南区'), textWidth('2024年')]).toEqual([1, 0.6, 3, 3.4]);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('锦南区', 12)).toEqual(['锦南区']);
  });

  it('breaks a long award title where the width runs out', () => {
    expect(wrapLabel('锦川市第四届优秀中国特色社会主义事业建设者', 12)).toEqual(['锦川市第四届优秀中国特色', '社会主义事业建设者']);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapLabel('一二三四五六七八九十十，十二', 11)).toEqual(['一二三四五六七八九十十，', '十二']);
  });
});
