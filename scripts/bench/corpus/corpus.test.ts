import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteConfigSchema } from '../../../src/lib/site-config.ts';
import { MARKER_FILE, generateCorpus } from './corpus.ts';

const small = generateCorpus('small', 1);
const paths = [...small.files.keys()];
const under = (folder: string) => paths.filter((p) => p.startsWith(`${folder}/`));
const frontMatter = (text: string): Record<string, unknown> => parse(text.split('---\n')[1] ?? '') as Record<string, unknown>;
const digest = (files: Map<string, string>) => {
  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(`${path}\0${text}\0`);
  return hash.digest('hex');
};

describe('generateCorpus', () => {
  it('gives byte-identical trees for the same seed', () => {
    expect(digest(generateCorpus('small', 1).files)).toBe(digest(small.files));
  });

  it('gives a different tree for another seed', () => {
    expect(digest(generateCorpus('small', 2).files)).not.toBe(digest(small.files));
  });

  it('writes the counts of the small preset', () => {
    expect([under('reports').length, under('stories').length, under('honors').length, under('enterprises').length]).toEqual([6, 15, 5, 25]);
  });

  it('writes the counts of the large preset over 30 years', () => {
    const large = [...generateCorpus('large', 1).files.keys()];
    const count = (folder: string) => large.filter((p) => p.startsWith(`${folder}/`)).length;
    expect([count('reports'), count('stories'), count('honors'), count('enterprises')]).toEqual([600, 1500, 300, 2000]);
    expect(new Set(large.filter((p) => p.startsWith('reports/')).map((p) => p.split('/')[1])).size).toBe(30);
  });

  it('lays files out as <kind>/<year>/<slug>.md and enterprises/<slug>.yaml', () => {
    for (const p of [...under('reports'), ...under('stories'), ...under('honors')]) expect(p).toMatch(/^(reports|stories|honors)\/20(22|23|24)\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    for (const p of under('enterprises')) expect(p).toMatch(/^enterprises\/[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('dates every piece within the year of its folder', () => {
    for (const p of [...under('reports'), ...under('stories'), ...under('honors')]) {
      const date = frontMatter(small.files.get(p) ?? '')['date'];
      expect(String(date instanceof Date ? date.toISOString() : date).slice(0, 4)).toBe(p.split('/')[1]);
    }
  });

  it('refers every story only to enterprises that have a file', () => {
    for (const p of under('stories')) {
      const slugs = frontMatter(small.files.get(p) ?? '')['enterprises'] as string[];
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of slugs) expect(small.files.has(`enterprises/${slug}.yaml`)).toBe(true);
    }
  });

  it('lists enterprises on honour lists by their exact full names', () => {
    const names = under('enterprises').map((p) => (parse(small.files.get(p) ?? '') as { name: string }).name);
    const honours = under('honors').map((p) => small.files.get(p) ?? '').join('\n');
    expect(names.filter((name) => honours.includes(`| ${name} |`)).length).toBeGreaterThan(5);
  });

  it('writes a site.yaml with the fields the site settings need', () => {
    const site = parse(small.files.get('site.yaml') ?? '') as Record<string, unknown>;
    expect(Object.keys(site)).toEqual(['name', 'shortName', 'description', 'baseUrl', 'colors', 'footer', 'icp']);
    expect(site['colors']).toEqual({ primary: '#a4161a', accent: '#c9a227' });
  });

  it('writes a site.yaml the site settings schema accepts', () => {
    expect(siteConfigSchema.safeParse(parse(small.files.get('site.yaml') ?? '')).success).toBe(true);
  });

  it('marks the tree as generated with preset and seed', () => {
    expect(JSON.parse(small.files.get(MARKER_FILE) ?? '{}')).toMatchObject({ generator: 'gsl-corpus', preset: 'small', seed: 1 });
  });
});
