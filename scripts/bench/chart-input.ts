import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readContentData, splitFrontMatter } from '../../src/lib/checks/front-matter.ts';
import { enterpriseSchema, eventsSchema, honorSchema, pieceYear, reportSchema, storySchema } from '../../src/lib/content-schemas.ts';
import { createEnterpriseIndex } from '../../src/lib/enterprise-index.ts';
import { honorTables, parseHonorDocument } from '../../src/lib/honors.ts';
import type { NumbersInput } from '../../src/lib/numbers/numbers-input.ts';
import { z } from 'zod';

/**
 * A content tree read straight from its files into what the 数据 pages count, for `npm run bench:charts` (the site
 * reads it through Astro's collections in src/content.ts): published and draft pieces alike, which a benchmark
 * corpus does not tell apart. `("content")` → `{ reports: […], honors: […], …, years: [2025, 2024, …] }`
 */
export function readNumbersInput(contentDir: string): NumbersInput & { years: number[] } {
  const files = (folder: string) => readdirSync(path.join(contentDir, folder), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).map((f) => path.join(contentDir, folder, f));
  const read = (file: string) => readFileSync(file, 'utf8');
  const enterpriseFiles = files('enterprises').map((file) => ({ slug: path.basename(file).replace(/\.ya?ml$/, ''), data: enterpriseSchema.parse(readContentData(read(file), 'yaml')) }));
  const index = createEnterpriseIndex(enterpriseFiles.map((e) => ({ slug: e.slug, name: e.data.name, aliases: e.data.aliases })));
  const reports = files('reports').map((file) => reportSchema.parse(readContentData(read(file), 'markdown'))).map((d) => ({ year: pieceYear(d), date: d.date, title: d.title, url: '', meeting: d.meeting }));
  const honors = files('honors').map((file) => {
    const data = honorSchema.parse(readContentData(read(file), 'markdown'));
    const tables = honorTables(parseHonorDocument(splitFrontMatter(read(file)).body));
    return { year: pieceYear(data), title: data.title, url: '', count: tables.reduce((n, t) => n + t.rows.length, 0), tables };
  });
  const stories = files('stories').map((file) => storySchema(z.string()).parse(readContentData(read(file), 'markdown'))).map((d) => ({ year: pieceYear(d), county: d.county, industry: d.industry, enterprises: d.enterprises.flatMap((ref) => index.resolve(ref) ?? []) }));
  let events = new Map<number, number>();
  try {
    events = new Map(files('events').map((file) => [Number(path.basename(file).slice(0, 4)), eventsSchema.parse(readContentData(read(file), 'yaml')).events.length]));
  } catch {
    // A tree without events/ (the generated corpus) has none.
  }
  const years = [...new Set([...reports, ...honors, ...stories].map((p) => p.year))].sort((a, b) => b - a);
  return { reports, honors, stories, enterprises: enterpriseFiles.map((e) => ({ slug: e.slug, county: e.data.county, industry: e.data.industry })), index, events, years };
}
