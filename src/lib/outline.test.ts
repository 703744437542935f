import { describe, expect, it } from 'vitest';
import { chineseNumeral, createOutlineNumbering, parseOutlineMarker, splitRunInHeading } from './outline.ts';

describe('chineseNumeral', () => {
  it('reads numerals from one to ninety-nine', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '九十九'].map(chineseNumeral)).toEqual([1, 9, 10, 11, 20, 23, 99]);
  });

  it('refuses strings that are not a numeral', () => {
    expect([chineseNumeral(''), chineseNumeral('一二'), chineseNumeral('百')].every(Number.isNaN)).toBe(true);
  });
});

describe('parseOutlineMarker', () => {
  it('recognises the four levels of the Chinese official outline', () => {
    expect(parseOutlineMarker('一、2023年工作回顾')).toEqual({ level: 1, number: 1, marker: '一、' });
    expect(parseOutlineMarker('（三）服务平台不断完善。')).toEqual({ level: 2, number: 3, marker: '（三）' });
    expect(parseOutlineMarker('2．加强商会建设')).toEqual({ level: 3, number: 2, marker: '2．' });
    expect(parseOutlineMarker('（4）规范会费管理')).toEqual({ level: 4, number: 4, marker: '（4）' });
  });

  it('accepts half-width parentheses as pasted from Word', () => {
    expect(parseOutlineMarker('(二)参政议政成果丰硕。')).toEqual({ level: 2, number: 2, marker: '(二)' });
  });

  it('does not take a decimal number for a level-3 marker', () => {
    expect(parseOutlineMarker('1.5亿元用于产业帮扶')).toBeNull();
  });

  it('does not take an ordinary sentence for a heading', () => {
    expect(parseOutlineMarker('一年来，我们坚持……')).toBeNull();
  });
});

describe('splitRunInHeading', () => {
  it('splits the first sentence off as the heading', () => {
    expect(splitRunInHeading('（一）教育引导扎实推进。始终把政治引导作为首要任务。')).toEqual({
      heading: '（一）教育引导扎实推进。',
      rest: '始终把政治引导作为首要任务。',
    });
  });

  it('keeps a short stand-alone line whole', () => {
    expect(splitRunInHeading('（二）提升帮扶成果，推动精准帮扶向纵深开展')).toEqual({
      heading: '（二）提升帮扶成果，推动精准帮扶向纵深开展',
      rest: '',
    });
  });

  it('leaves a paragraph whose first sentence is too long to be a heading', () => {
    const long = `（一）${'围绕中心服务大局'.repeat(8)}。其后正文。`;
    expect(splitRunInHeading(long)).toBeNull();
  });
});

describe('createOutlineNumbering', () => {
  it('gives nested markers path-like anchors', () => {
    const next = createOutlineNumbering();
    const ids = ['一、', '（一）', '（二）', '1．', '2．', '二、', '（一）'].map((t) => next(parseOutlineMarker(t)!));
    expect(ids).toEqual(['s1', 's1-1', 's1-2', 's1-2-1', 's1-2-2', 's2', 's2-1']);
  });

  it('rejects a marker that breaks the sequence', () => {
    const next = createOutlineNumbering();
    expect([next(parseOutlineMarker('一、')!), next(parseOutlineMarker('三、')!)]).toEqual(['s1', null]);
  });

  it('rejects a deeper marker out of sequence before any part has started', () => {
    const next = createOutlineNumbering();
    expect(next(parseOutlineMarker('（三）')!)).toBeNull();
  });
});
