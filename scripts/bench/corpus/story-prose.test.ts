import { describe, expect, it } from 'vitest';
import { generateEnterprises } from './enterprises.ts';
import { PLACES } from './places.ts';
import { themesOf } from './prose.ts';
import { createRandom } from './random.ts';
import { seasonOf, storyParagraph, storySentence } from './story-prose.ts';

const [firm] = generateEnterprises(createRandom(3), 1, PLACES.slice(0, 3));
const context = { year: 2021, themes: themesOf(2021), enterpriseNames: [] };

describe('seasonOf', () => {
  it('matches the weather to the month', () => {
    expect([1, 3, 7, 10, 11, 12].map(seasonOf)).toEqual(['寒风凛冽', '春寒料峭', '暑气正浓', '秋意渐浓', '寒意渐起', '寒风凛冽']);
  });
});

describe('storySentence', () => {
  it('ends every sentence with a full stop', () => {
    const random = createRandom(1);
    for (let i = 0; i < 50; i++) expect(firm && storySentence(random, firm, context)).toMatch(/。$/);
  });
});

describe('storyParagraph', () => {
  it('reaches the asked length and names the enterprise', () => {
    const random = createRandom(2);
    for (let i = 0; i < 20; i++) {
      const text = firm ? storyParagraph(random, firm, context, 300) : '';
      expect(text.length).toBeGreaterThanOrEqual(300);
      expect(text.length).toBeLessThan(420);
    }
    const long = firm ? storyParagraph(random, firm, context, 1200) : '';
    expect(long).toContain(firm?.shortName);
  });
});
