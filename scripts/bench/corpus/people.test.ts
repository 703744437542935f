import { describe, expect, it } from 'vitest';
import { personName } from './people.ts';
import { createRandom } from './random.ts';

describe('personName', () => {
  it('makes two- and three-character Chinese names', () => {
    const random = createRandom(1);
    const names = Array.from({ length: 200 }, () => personName(random));
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(new Set(names.map((n) => n.length))).toEqual(new Set([2, 3]));
  });
});
