import { describe, expect, it } from 'vitest';
import { PLACES, shortPlace } from './places.ts';

describe('PLACES', () => {
  it('has enough distinct counties for the huge preset, each with an ASCII slug stem', () => {
    expect(new Set(PLACES.map((p) => p.name)).size).toBe(32);
    expect(new Set(PLACES.map((p) => p.pinyin)).size).toBe(32);
    for (const p of PLACES) expect(p.pinyin).toMatch(/^[a-z]+$/);
  });
});

describe('shortPlace', () => {
  it('drops the 区, 县 or 市 suffix', () => {
    expect(['临溪县', '锦城区', '河口市'].map(shortPlace)).toEqual(['临溪', '锦城', '河口']);
  });
});
