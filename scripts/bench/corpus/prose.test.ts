import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import {
  activitySentence, describeYear, enterpriseSentence, outlineParagraph, plainParagraph, planParagraph, themesOf, toNumeral,
} from './prose.ts';

const context = { year: 2020, themes: themesOf(2020), enterpriseNames: ['锦川华瑞药业股份有限公司', '锦川鑫泰机械有限公司'] };

describe('toNumeral', () => {
  it('writes outline and term numbers in Chinese', () => {
    expect([1, 3, 10, 12, 20, 27, 31].map(toNumeral)).toEqual(['一', '三', '十', '十二', '二十', '二十七', '三十一']);
  });
});

describe('themesOf', () => {
  it('includes 复工复产 in 2020 but not in 2000', () => {
    expect(themesOf(2020).map((t) => t.name)).toContain('复工复产');
    expect(themesOf(2000).map((t) => t.name)).not.toContain('复工复产');
  });
});

describe('describeYear', () => {
  it('names the first, middle and last year of a five-year plan', () => {
    expect(describeYear(2016)).toBe('实施“十三五”规划的开局之年');
    expect(describeYear(2018)).toBe('实施“十三五”规划的关键之年');
    expect(describeYear(2020)).toBe('实施“十三五”规划的收官之年');
  });
});

describe('activitySentence', () => {
  it('says what was held, how often, and how many people it reached', () => {
    expect(activitySentence(createRandom(1))).toMatch(/^(联合.+)?(举办|组织|召开|开展).+\d+(期|场|次)，(累计|共).+\d+余(人次|人)$/);
  });
});

describe('enterpriseSentence', () => {
  it('names enterprises from the context exactly', () => {
    const sentence = enterpriseSentence(createRandom(4), context) ?? '';
    expect(context.enterpriseNames.some((name) => sentence.includes(name))).toBe(true);
  });

  it('has nothing to say when the context names no enterprise', () => {
    expect(enterpriseSentence(createRandom(4), { ...context, enterpriseNames: [] })).toBeUndefined();
  });
});

describe('outlineParagraph', () => {
  it('opens with the section number and a short title, then numbers its points 一是, 二是', () => {
    const text = outlineParagraph(createRandom(5), 3, context);
    expect(text).toMatch(/^（三）[\u4e00-\u9fff]{4,12}。/);
    expect(text.indexOf('一是')).toBeLessThan(text.indexOf('二是'));
  });
});

describe('planParagraph', () => {
  it('sets tasks with 要 after its number', () => {
    expect(planParagraph(createRandom(6), 2)).toMatch(/^（二）.+一是要.+二是要/);
  });
});

describe('plainParagraph', () => {
  it('is at least as long as asked and ends with a full stop', () => {
    const text = plainParagraph(createRandom(7), context, 500);
    expect(text.length).toBeGreaterThanOrEqual(500);
    expect(text).toMatch(/。$/);
  });
});
