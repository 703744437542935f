import { describe, expect, it } from 'vitest';
import { generateEnterprises } from './enterprises.ts';
import { PLACES } from './places.ts';
import { themesOf } from './prose.ts';
import { createRandom } from './random.ts';
import { generateStory, renderStory, type StoryInput } from './stories.ts';

const enterprises = generateEnterprises(createRandom(2), 30, PLACES.slice(0, 6));
const [main, partner] = enterprises;
const input: StoryInput = {
  date: new Date(Date.UTC(2020, 2, 5)),
  enterprises: [main, partner].filter((e) => e !== undefined),
  context: { year: 2020, themes: themesOf(2020), enterpriseNames: [] },
};
const random = createRandom(6);
const many = Array.from({ length: 60 }, () => generateStory(random, input));

describe('generateStory', () => {
  it('lists the slugs of the enterprises it is about', () => {
    expect(many[0]?.fields['enterprises']).toEqual([main?.slug, partner?.slug]);
  });

  it('names the main enterprise in the title or its leader, and in full in the opening', () => {
    for (const story of many) {
      expect(story.title.includes(main?.shortName ?? '?') || story.title.includes(main?.leader ?? '?')).toBe(true);
      expect(story.body.slice(0, 200)).toContain(main?.name);
    }
  });

  it('keeps every body between 1,500 and 5,000 characters', () => {
    for (const story of many) {
      expect(story.body.length).toBeGreaterThanOrEqual(1500);
      expect(story.body.length).toBeLessThanOrEqual(5000);
    }
  });

  it('has at least two level-two sub-headings', () => {
    for (const story of many) expect((story.body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('takes county and industry from the main enterprise', () => {
    expect(many[0]?.fields['county']).toBe(main?.county);
    expect(many[0]?.fields['industry']).toBe(main?.industry.name);
  });

  it('refuses a story about no enterprise', () => {
    expect(() => generateStory(createRandom(1), { ...input, enterprises: [] })).toThrow('at least one enterprise');
  });
});

describe('renderStory', () => {
  it('writes the enterprises as a list of slugs in the front matter', () => {
    const file = renderStory(generateStory(createRandom(3), input));
    expect(file).toContain(`\nenterprises: [${main?.slug}, ${partner?.slug}]\n`);
    expect(file).toContain('\ndate: 2020-03-05\n');
  });
});
