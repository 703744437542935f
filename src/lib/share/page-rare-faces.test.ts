import { describe, expect, it } from 'vitest';
import { loadDrawable } from '../fonts/drawable.ts';
import { buildPageRareFaces } from './page-rare-faces.ts';
import type { ShareData } from './types.ts';

const site = { name: '澄江市工商业联合会', shortName: '澄江工商联', baseUrl: 'https://test.example.cn', colors: { primary: '#8b1a1a', accent: '#b8860b' } };
const story = (pagePath: string, title: string): ShareData => ({ kind: 'story', title, description: '带动乡亲就业。', pagePath, date: '2024-05-20' });
const faces = buildPageRareFaces(
  [story('/a/', '吉𠮷商行的故事'), story('/b/', '吉𠮷商行的故事（续）'), story('/c/', '𬌗氏兄弟'), story('/d/', '澄江恒丰纸业')],
  site,
  loadDrawable(),
);

describe('buildPageRareFaces', () => {
  it('gives regular and bold rare-glyph faces to the pages with rare characters only', () => {
    expect([...faces.keys()]).toEqual(['/a/', '/b/', '/c/']);
    expect(faces.get('/a/')!.faces.map((f) => [f.name, f.weight])).toEqual([
      ['GSL Rare Glyphs', 400],
      ['GSL Rare Glyphs', 700],
    ]);
  });

  it('shares one pair of faces between pages with the same rare characters, with one key', () => {
    expect(faces.get('/b/')).toBe(faces.get('/a/'));
    expect(faces.get('/c/')!.key).not.toBe(faces.get('/a/')!.key);
  });

  it('keys the faces on what made them, so the same characters give the same key in another build', () => {
    const again = buildPageRareFaces([story('/x/', '吉𠮷商行的故事')], site, loadDrawable());
    expect(again.get('/x/')!.key).toBe(faces.get('/a/')!.key);
  });
});
