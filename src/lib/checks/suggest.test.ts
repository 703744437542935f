import { describe, expect, it } from 'vitest';
import { editDistance, sharedCharacterRatio, suggestClosest } from './suggest.ts';

describe('suggestClosest', () => {
  it('suggests the field a misspelt key was meant to be', () => {
    expect(suggestClosest('summray', ['title', 'summary', 'tags'])).toBe('summary');
  });

  it('suggests a full company name for a short name with one wrong character', () => {
    expect(suggestClosest('华锐药业', ['云岭县云雾茶业有限公司', '锦川华瑞药业股份有限公司'])).toBe('锦川华瑞药业股份有限公司');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(suggestClosest('enterprises', ['title', 'meeting', 'date'])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts edits by character', () => {
    expect(editDistance('华瑞药业', '华锐药业')).toBe(1);
  });
});

describe('sharedCharacterRatio', () => {
  it('measures how much of the shorter name the longer one contains', () => {
    expect(sharedCharacterRatio('华瑞药业', '锦川华瑞药业股份有限公司')).toBe(1);
  });
});
