import { describe, expect, it } from 'vitest';
import { loadTextMeasure } from '../fonts/text-width.ts';
import { fitTitle } from './fit-title.ts';

const measure = loadTextMeasure();
const card = { width: 750, sizes: [70, 64, 58, 52, 48, 44], maxLines: 3 };

describe('fitTitle', () => {
  it('sets a short title at the largest size on one line', () => {
    expect(fitTitle('2024年度', [], card, measure)).toEqual({ fontSize: 70, lines: ['2024年度'], clamped: false });
  });

  it('sets the organisation on one line rather than leaving （总商会） alone on a second', () => {
    expect(fitTitle('锦川市工商业联合会（总商会）', ['锦川市工商业联合会（总商会）'], card, measure)).toEqual({ fontSize: 52, lines: ['锦川市工商业联合会（总商会）'], clamped: false });
  });

  it('never breaks inside a company name the site knows, and takes a size whose lines read even', () => {
    const fit = fitTitle('口罩企业的“第二曲线”：济安医疗高端敷料打入欧洲市场', ['济安医疗'], card, measure);
    expect(fit.lines).toEqual(['口罩企业的“第二曲线”：', '济安医疗高端敷料打入欧洲市场']);
  });

  it('breaks at the colon where the title pauses, and keeps two company names whole', () => {
    const fit = fitTitle('搭上公铁联运班列：天益新能源、丰禾农机开拓东盟市场', ['天益新能源', '丰禾农机'], card, measure);
    expect(fit).toEqual({ fontSize: 70, lines: ['搭上公铁联运班列：', '天益新能源、丰禾农机', '开拓东盟市场'], clamped: false });
  });

  it('cuts a title too long for three lines at the smallest size, ending in an ellipsis', () => {
    const fit = fitTitle('关于表彰'.repeat(20) + '的决定', [], card, measure);
    expect([fit.fontSize, fit.lines.length, fit.clamped, fit.lines.at(-1)?.endsWith('…')]).toEqual([44, 3, true, true]);
  });
});
