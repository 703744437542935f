/**
 * The hostile-input suite: every row of tests/hostile/cases/*.ts is a careless or hostile edit of a small site
 * (tests/fixtures/mini). A refused row must stop `npm run check` and `npm run build` with one Chinese line naming its
 * file and line, no stack trace, and the previously published dist/ byte for byte as it was. Accepted rows are built
 * together and must publish nothing unsafe, foreign or private, in dist/ and in the year ZIPs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Accepted, ContentCase, Place, Refused } from '../hostile/case.ts';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { hashTree } from '../support/hash-tree.ts';
import { readPublished, type PublishedFile } from '../support/published-text.ts';

const FIXTURE = 'tests/fixtures/mini';
const casesDir = path.resolve('tests/hostile/cases');
const rows: ContentCase[] = [];
for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort()) {
  const module = (await import(path.join(casesDir, file))) as { cases: ContentCase[] };
  rows.push(...module.cases);
}
const refused = rows.filter((row): row is ContentCase & { expect: Refused } => 'refused' in row.expect);
const accepted = rows.filter((row): row is ContentCase & { expect: Accepted } => 'accepted' in row.expect);

function writeRow(content: string, files: ContentCase['files']): void {
  for (const [rel, data] of Object.entries(files)) {
    const target = path.join(content, rel);
    if (data === null) rmSync(target, { force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
}

function run(script: 'check' | 'build', content: string, env: Record<string, string> = {}, outDir?: string) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`], {
    encoding: 'utf8',
    env: { ...process.env, GSL_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ...(outDir ? { GSL_OUT_DIR: outDir } : {}), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** The output line that names the place: `<content>/<file>:<line>:<column>  <level>  <message>`. */
function lineAt(output: string, content: string, place: Place, level: '错误' | '警告'): string | undefined {
  const prefix = `${path.relative(process.cwd(), content)}/${place.file}:${place.line}:`;
  return output.split('\n').find((line) => line.includes(prefix) && line.includes(level) && place.message.test(line));
}

const STACK = /^\s+at .+:\d+:\d+\)?$|Stack trace|An unhandled error/m;

let previous: { dist: string; hashes: Record<string, string> };

beforeAll(() => {
  const base = copyContentTree(FIXTURE, 'gsl-hostile-base-');
  const built = buildSite(base);
  if (built.status !== 0) throw new Error(`the fixture site did not build:\n${built.output}`);
  previous = { dist: built.dist, hashes: hashTree(built.dist) };
}, 600_000);

afterAll(removeContentCopies);

describe('refused hostile or careless input', () => {
  it.each(refused.map((row) => [`${row.family}: ${row.name}`, row] as const))('%s', (_, row) => {
    const content = copyContentTree(FIXTURE, 'gsl-hostile-');
    writeRow(content, row.files);
    const place = row.expect.refused;
    const check = run('check', content, row.env);
    expect(check.status, check.output).toBe(1);
    expect(lineAt(check.output, content, place, '错误'), check.output).toBeDefined();
    expect(check.output).not.toMatch(STACK);

    const build = run('build', content, row.env, previous.dist);
    expect(build.status, build.output).not.toBe(0);
    expect(lineAt(build.output, content, place, '错误'), build.output).toBeDefined();
    expect(build.output).not.toMatch(STACK);
    const after = hashTree(previous.dist);
    if (JSON.stringify(after) !== JSON.stringify(previous.hashes)) {
      rmSync(previous.dist, { recursive: true, force: true });
      cpSync(`${previous.dist}.pristine`, previous.dist, { recursive: true });
    }
    expect(after).toEqual(previous.hashes);
  });

  beforeAll(() => cpSync(previous.dist, `${previous.dist}.pristine`, { recursive: true }));
  afterAll(() => rmSync(`${previous.dist}.pristine`, { recursive: true, force: true }));
});

/**
 * Accepted rows are built together, as few trees as possible: one per environment, and another whenever two rows
 * write the same file (site.yaml, say), since each row must be judged on the tree it wrote.
 */
function buildGroups(rows: typeof accepted): { env: string; rows: typeof accepted }[] {
  const groups: { env: string; rows: typeof accepted; files: Set<string> }[] = [];
  for (const row of rows) {
    const env = JSON.stringify(row.env ?? {});
    const files = Object.keys(row.files);
    let group = groups.find((g) => g.env === env && files.every((f) => !g.files.has(f)));
    if (!group) groups.push((group = { env, rows: [], files: new Set() }));
    group.rows.push(row);
    for (const file of files) group.files.add(file);
  }
  return groups;
}

describe.each(buildGroups(accepted).map(({ env, rows: group }, i) => [`${i + 1} ${env}`, env, group] as const))('accepted hostile or careless input (tree %s)', (_, env, group) => {
  let content: string;
  let check: { status: number; output: string };
  let published: PublishedFile[];

  beforeAll(async () => {
    content = copyContentTree(FIXTURE, 'gsl-hostile-ok-');
    for (const row of group) writeRow(content, row.files);
    check = run('check', content, JSON.parse(env) as Record<string, string>);
    const built = buildSite(content, JSON.parse(env) as Record<string, string>);
    if (built.status !== 0) throw new Error(`the accepted rows did not build:\n${built.output}`);
    published = await readPublished(built.dist);
  }, 600_000);

  it.each(group.map((row) => [`${row.family}: ${row.name}`, row] as const))('%s', (_, row) => {
    expect(check.status, check.output).toBe(0);
    const { warning, absent = [], absentFiles = [], present = [] } = row.expect.accepted;
    if (warning) expect(lineAt(check.output, content, warning, '警告'), check.output).toBeDefined();
    for (const pattern of absent) expect(published.filter((p) => pattern.test(p.text)).map((p) => p.file), String(pattern)).toEqual([]);
    for (const pattern of absentFiles) expect(published.filter((p) => pattern.test(p.file)).map((p) => p.file), String(pattern)).toEqual([]);
    for (const { page, text } of present) {
      const found = published.find((p) => p.file === page);
      expect(found, `${page} was not published`).toBeDefined();
      if (typeof text === 'string') expect(found?.text).toContain(text);
      else expect(found?.text).toMatch(text);
    }
  });
});
