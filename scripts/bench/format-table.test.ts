import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from './format-table.ts';

describe('displayWidth', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('报告a')).toBe(5);
  });
});

describe('formatTable', () => {
  it('pads the first column left-aligned and the others right-aligned under a rule', () => {
    expect(formatTable(['build', 'total s'], [['astro cold', '12.30'], ['hugo', '0.70']])).toBe(
      ['build       total s', '----------  -------', 'astro cold    12.30', 'hugo           0.70'].join('\n'),
    );
  });
});
