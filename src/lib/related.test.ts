import { describe, expect, it } from 'vitest';
import { findRelated } from './related.ts';

const story = (id: string, enterprises: string[], tags: string[], extra: { county?: string; industry?: string; date?: string } = {}) => ({
  id,
  enterprises,
  tags,
  county: extra.county,
  industry: extra.industry,
  date: new Date(extra.date ?? '2024-01-01'),
});

describe('findRelated', () => {
  const me = story('a', ['huarui'], ['复工复产'], { county: '临溪县', industry: '医药制造' });

  it('ranks a shared enterprise above a shared tag', () => {
    const related = findRelated(me, [me, story('b', [], ['复工复产']), story('c', ['huarui'], [])]);
    expect(related.map((s) => s.id)).toEqual(['c', 'b']);
  });

  it('leaves out stories with nothing in common', () => {
    expect(findRelated(me, [story('d', ['other'], ['光彩事业'], { county: '白石县' })])).toEqual([]);
  });

  it('prefers the more recent of two equally related stories and stops at the limit', () => {
    const older = story('e', [], [], { county: '临溪县', date: '2022-05-01' });
    const newer = story('f', [], [], { county: '临溪县', date: '2024-05-01' });
    expect(findRelated(me, [older, newer], 1).map((s) => s.id)).toEqual(['f']);
  });
});
