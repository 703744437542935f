import { describe, expect, it } from 'vitest';
import { measureFrom } from '../fonts/text-width.ts';
import { breakLines } from './break-lines.ts';

// Every character one em wide: widths are character counts × font size, so expectations can be counted by eye.
const square = measureFrom({ 400: () => 1, 700: () => 1 });
const box = (chars: number, maxLines = 3) => ({ width: chars * 10, fontSize: 10, weight: 700 as const, maxLines });

describe('breakLines', () => {
  it('fills lines greedily when not balanced', () => {
    expect(breakLines('一二三四五六七八九十', [], box(6), square).lines).toEqual(['一二三四五六', '七八九十']);
  });

  it('evens the lines out when balanced', () => {
    expect(breakLines('一二三四五六七八九十', [], box(6), square, true).lines).toEqual(['一二三四五', '六七八九十']);
  });

  it('moves a whole name to the next line instead of splitting it', () => {
    expect(breakLines('我们和济安医疗合作', ['济安医疗'], box(6), square).lines).toEqual(['我们和', '济安医疗合作']);
  });

  it('breaks a name wider than the box after all, and says so', () => {
    const set = breakLines('锦川华瑞药业股份有限公司', ['锦川华瑞药业股份有限公司'], box(6), square);
    expect([set.lines.length > 1, set.brokeKept]).toEqual([true, true]);
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    expect(breakLines('一二三四五六七八九十', [], box(4, 2), square)).toEqual({ lines: ['一二三四', '五六七…'], clamped: true, brokeKept: false });
  });
});
