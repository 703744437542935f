import { describe, expect, it } from 'vitest';
import { foundedBy, generateEnterprises } from './enterprises.ts';
import { PLACES } from './places.ts';
import { createRandom } from './random.ts';

const places = PLACES.slice(0, 8);
const enterprises = generateEnterprises(createRandom(5), 400, places);

describe('generateEnterprises', () => {
  it('makes exactly as many enterprises as asked', () => {
    expect(enterprises).toHaveLength(400);
  });

  it('gives every enterprise a distinct full name and a distinct ASCII slug', () => {
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(400);
    expect(new Set(enterprises.map((e) => e.slug)).size).toBe(400);
    for (const e of enterprises) expect(e.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('builds the full name from place, brand, industry word and legal form', () => {
    for (const e of enterprises) {
      expect(e.name).toMatch(/^[\u4e00-\u9fff]{2,3}[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{2,3}(有限公司|股份有限公司|集团有限公司|有限责任公司)$/);
      expect(e.name).toContain(e.shortName);
    }
  });

  it('lists the short name first among the aliases', () => {
    for (const e of enterprises) expect(e.aliases[0]).toBe(e.shortName);
  });

  it('places every enterprise in one of the given counties', () => {
    const names = new Set(places.map((p) => p.name));
    for (const e of enterprises) expect(names.has(e.county)).toBe(true);
  });

  it('writes a profile of 80 to 200 characters that starts with the full name', () => {
    for (const e of enterprises) {
      expect(e.profile.startsWith(e.name)).toBe(true);
      expect(e.profile.length).toBeGreaterThanOrEqual(80);
      expect(e.profile.length).toBeLessThanOrEqual(200);
    }
  });
});

describe('foundedBy', () => {
  it('keeps only enterprises founded in or before the year', () => {
    const existing = foundedBy(enterprises, 1990);
    expect(existing.length).toBeGreaterThan(0);
    for (const e of existing) expect(e.founded).toBeLessThanOrEqual(1990);
  });

  it('falls back to every enterprise when none existed yet', () => {
    expect(foundedBy(enterprises, 1900)).toHaveLength(400);
  });
});
