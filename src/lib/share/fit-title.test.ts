import { describe, expect, it } from 'vitest';
import { countLines, fitTitle } from './fit-title.ts';

const card = { width: 1056, sizes: [76, 66, 58, 50], maxLines: 3 };

describe('countLines', () => {
  it('fits ten CJK characters of 60 px on one 600 px line', () => {
    expect(countLines('锦川市工商业联合会好', 60, 600)).toBe(1);
  });

  it('breaks the eleventh character onto a second line', () => {
    expect(countLines('锦川市工商业联合会总商', 60, 600)).toBe(2);
  });

  it('moves a closing quotation mark down together with the character it closes', () => {
    expect(countLines('全国“万企帮万村”', 60, 480)).toBe(2);
    expect(countLines('全国“万企帮万村”', 60, 540)).toBe(1);
  });

  it('counts Latin letters and digits as about half a character', () => {
    expect(countLines('2024年ICP备案', 60, 450)).toBe(1);
  });
});

describe('fitTitle', () => {
  it('sets a short title at the largest size', () => {
    expect(fitTitle('2024年度', card)).toEqual({ fontSize: 76, lines: 1, clamped: false });
  });

  it('takes the next size down when that saves a line', () => {
    expect(fitTitle('锦川市工商业联合会（总商会）', card)).toEqual({ fontSize: 66, lines: 1, clamped: false });
  });

  it('shrinks a long report title until it fits three lines', () => {
    const title = '在锦川市工商业联合会（总商会）第十届执行委员会第三次全体会议暨全市民营经济高质量发展推进会上的工作报告';
    expect(fitTitle(title, card)).toEqual({ fontSize: 58, lines: 3, clamped: false });
  });

  it('clamps a title too long for three lines at the smallest size', () => {
    const title = '关于表彰'.repeat(20) + '的决定';
    expect(fitTitle(title, card)).toEqual({ fontSize: 50, lines: 3, clamped: true });
  });
});
