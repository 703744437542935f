import { describe, expect, it } from 'vitest';
import { splitAtoms } from './line-atoms.ts';

const texts = (text: string, keep: string[] = []) => splitAtoms(text, keep).map((atom) => atom.text);

describe('splitAtoms', () => {
  it('keeps a name the site knows whole, with the comma that follows it', () => {
    expect(texts('华瑞药业、济安医疗', ['华瑞药业', '济安医疗'])).toEqual(['华瑞药业、', '济安医疗']);
  });

  it('keeps a short quoted phrase whole, opening mark and all', () => {
    expect(texts('全国“五好”县级工商联')).toContain('“五好”');
  });

  it('keeps words whole where the dictionary knows them', () => {
    expect(texts('敷料打入欧洲市场')).toEqual(['敷料', '打入', '欧洲', '市场']);
  });

  it('keeps a year and its digits together', () => {
    expect(texts('2024年工作安排')[0]).toBe('2024');
  });

  it('never lets closing punctuation start a piece, nor opening punctuation end one', () => {
    const atoms = texts('会议（第四次）：“好”。');
    expect(atoms.some((a) => /^[）：。”]/.test(a) || /[（“]$/.test(a))).toBe(false);
  });

  it('marks kept pieces, so a name too wide for a line can be found and broken after all', () => {
    expect(splitAtoms('锦川华瑞药业股份有限公司', ['锦川华瑞药业股份有限公司'])).toEqual([{ text: '锦川华瑞药业股份有限公司', kept: true }]);
  });
});
