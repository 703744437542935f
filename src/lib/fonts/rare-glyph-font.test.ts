import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { readCoverage } from '../share/font-coverage.ts';
import { loadDrawable } from './drawable.ts';
import { buildRareGlyphFont, loadGlyphSources, pickRareChars } from './rare-glyph-font.ts';

const drawable = loadDrawable();
const sources = loadGlyphSources(400).fonts;

describe('pickRareChars', () => {
  it('takes what the primary lacks and everything outside the BMP, once each, in code point order', () => {
    expect(pickRareChars('𬌗吉𠮷 工商联𠮷\uE000', drawable)).toEqual(['\uE000', '𠮷', '𬌗']);
  });

  it('takes nothing from an ordinary title, so its images are drawn exactly as before', () => {
    expect(pickRareChars('在市工商联十届三次执委会议上的工作报告（2024年）', drawable)).toEqual([]);
  });
});

describe('loadGlyphSources', () => {
  it('hashes the faces it parsed, the same way each time', () => {
    expect(loadGlyphSources(400).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadGlyphSources(700).hash).not.toBe(loadGlyphSources(400).hash);
  });
});

describe('buildRareGlyphFont', () => {
  const font = buildRareGlyphFont(['𠮷', '𠠬', '𬌗', '\uE000'], sources, 400);
  const covers = readCoverage(font);

  it('holds exactly the characters asked for, from whichever bundled family has them', () => {
    expect(['𠮷', '𠠬', '𬌗', '\uE000', '吉'].map((c) => covers(c.codePointAt(0)!))).toEqual([true, true, true, true, false]);
  });

  it('copies real outlines: its 𠮷 is the Japanese fallback’s, its 𬌗 the primary’s', () => {
    const built = opentype.parse(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength));
    // The copy is CFF (cubic curves) where the source is TrueType (quadratic): compare where the ink is.
    const box = (f: opentype.Font, c: string) => Object.values(f.charToGlyph(c).getBoundingBox()).map(Math.round);
    expect(box(built, '𠮷')).toEqual(box(sources[1]!, '𠮷'));
    expect(box(built, '𬌗')).toEqual(box(sources[0]!, '𬌗'));
    expect(box(built, '𠮷')).not.toEqual(box(sources[1]!, '吉'));
  });

  it('is small: a few kilobytes for a few characters', () => {
    expect(font.byteLength).toBeLessThan(20_000);
  });

  it('all bundled families share the primary’s units per em, so copied outlines need no scaling', () => {
    expect(new Set(sources.map((s) => s.unitsPerEm))).toEqual(new Set([1000]));
  });
});
