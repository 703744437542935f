import { z } from 'zod';
import { KIND_NAMES, type ContentKind } from '../content-kinds.ts';
import { enterpriseSchema, eventsSchema, honorSchema, reportSchema, storySchema } from '../content-schemas.ts';
import { at, type LocalFinding } from './finding.ts';
import type { ParsedYaml } from './front-matter.ts';
import { suggestClosest } from './suggest.ts';

/**
 * What the checker asks of a cover's `src` where Astro's image() would import it: a path. Where it leads is checked
 * on every run, not from the per-file cache (images.ts: inside content/, a raster file; cross-checks.ts: there at all).
 */
export function localImage() {
  return z.string('封面图的“src”应当是图片文件的相对路径，例如 ./cover.jpg').trim().min(1, '封面图的“src”是空的，请写图片文件的相对路径，例如 ./cover.jpg');
}

/** The schema of a kind as the checker applies it: the content schema itself, with covers checked as local files. */
export function schemaFor(kind: ContentKind): z.ZodObject {
  if (kind === 'report') return reportSchema;
  if (kind === 'honor') return honorSchema;
  if (kind === 'story') return storySchema(localImage());
  if (kind === 'event') return eventsSchema;
  return enterpriseSchema;
}

/** Whether the data holds a value (of any type) at the path. */
function hasPath(data: unknown, keys: readonly (string | number)[]): boolean {
  let node: unknown = data;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !(String(key) in node)) return false;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return true;
}

/** The finding code of a schema problem: what the guide lists it under. */
function codeOf(issue: z.core.$ZodIssue, missing: boolean): string {
  const own = (issue as { params?: { code?: unknown } }).params?.code;
  if (typeof own === 'string') return own;
  if (missing) return 'field-missing';
  if (issue.code === 'too_small') return 'field-empty';
  return 'field-type';
}

/**
 * Checks front matter (or an enterprise file) with the kind's content schema, each problem at its line in the file,
 * in the schema's own Chinese words; and warns about keys the schema does not know.
 * `report` without `meeting` → `缺少必填字段“meeting”（会议），例如 meeting: 第十届三次执委会议` at the first line
 */
export function checkFields(kind: ContentKind, yaml: ParsedYaml): LocalFinding[] {
  const data = yaml.data;
  if (!data) return [];
  const schema = schemaFor(kind);
  const result = schema.safeParse(data);
  const findings = (result.success ? [] : result.error.issues).map((issue) => {
    const keys = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // A missing field is reported where it belongs: a top-level one at the start of the front matter, one missing from
    // an item of a list (an event) at that item; a field written with the wrong type at its value. (zod keeps no input
    // on its issues, so "missing" is asked of the data itself.)
    const missing = issue.code === 'invalid_type' && !hasPath(data, keys);
    const where = missing && keys.length === 1 ? yaml.keyPosition('') : missing && typeof keys.at(-2) === 'number' ? yaml.valuePosition(keys.slice(0, -1)) : yaml.valuePosition(keys);
    return at(where.line, missing ? 1 : where.column, 'error', codeOf(issue, missing), issue.message);
  });
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = suggestClosest(key, known);
    const owners = (['report', 'honor', 'story', 'enterprise', 'event'] as const).filter((k) => k !== kind && key in schemaFor(k).shape).map((k) => KIND_NAMES[k]);
    const hint = guess ? `，是不是“${guess}”？` : owners.length ? `：它只用于${owners.join('、')}，${KIND_NAMES[kind]}不用它，网站会忽略它` : '，网站会忽略它';
    const pos = yaml.keyPosition(key);
    findings.push(at(pos.line, pos.column, 'warning', 'field-unknown', `不认识的字段“${key}”${hint}`));
  }
  return findings;
}
