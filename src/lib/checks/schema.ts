import path from 'node:path';
import { z } from 'zod';
import { KIND_NAMES, type ContentKind } from '../content-kinds.ts';
import { enterpriseSchema, honorSchema, reportSchema, storySchema } from '../content-schemas.ts';
import { at, type LocalFinding } from './finding.ts';
import type { ParsedYaml } from './front-matter.ts';
import { suggestClosest } from './suggest.ts';

/** Where the file being checked sits, for the paths its fields name (a story's cover). */
export interface SchemaContext {
  /** Absolute path of the content file. */
  absPath: string;
  /** Absolute path of the content folder: images must be inside it. */
  contentRoot: string;
}

const RASTER = /\.(?:png|jpe?g|webp|gif|avif)$/i;

/**
 * What the checker asks of a cover's `src` where Astro's image() would import it: a PNG/JPEG/WebP/GIF/AVIF path
 * inside the content folder (whether the file exists is checked on every run, in cross-checks.ts).
 * `"./cover.jpg"` beside the story → ok; `"../../../../etc/x.png"` → refused.
 */
export function localImage(context: SchemaContext) {
  return z.string('封面图的“src”应当是图片文件的相对路径，例如 ./cover.jpg').superRefine((src, issues) => {
    const target = path.resolve(path.dirname(context.absPath), src);
    const inside = path.relative(context.contentRoot, target);
    let message: string | undefined;
    if (inside.startsWith('..') || path.isAbsolute(inside)) message = `封面图“${src}”不在 content 文件夹里；图片请放在文章旁边，写成 ./图片.jpg`;
    else if (!RASTER.test(src)) message = `封面图“${src}”不是 PNG、JPG、WebP、GIF 或 AVIF 图片（SVG 可以带脚本，不能用作封面），请另存为 PNG 或 JPG`;
    if (message) issues.addIssue({ code: 'custom', input: src, message, params: { code: 'missing-image' } });
  });
}

/** The schema of a kind as the checker applies it: the content schema itself, with covers checked as local files. */
export function schemaFor(kind: ContentKind, context: SchemaContext): z.ZodObject {
  if (kind === 'report') return reportSchema;
  if (kind === 'honor') return honorSchema;
  if (kind === 'story') return storySchema(localImage(context));
  return enterpriseSchema;
}

/** The finding code of a schema problem: what the guide lists it under. */
function codeOf(issue: z.core.$ZodIssue): string {
  const own = (issue as { params?: { code?: unknown } }).params?.code;
  if (typeof own === 'string') return own;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'field-missing';
  if (issue.code === 'too_small') return 'field-empty';
  return 'field-type';
}

/**
 * Checks front matter (or an enterprise file) with the kind's content schema, each problem at its line in the file,
 * in the schema's own Chinese words; and warns about keys the schema does not know.
 * `report` without `meeting` → `缺少必填字段“meeting”（会议），例如 meeting: 第十届三次执委会议` at the first line
 */
export function checkFields(kind: ContentKind, yaml: ParsedYaml, context: SchemaContext): LocalFinding[] {
  const data = yaml.data;
  if (!data) return [];
  const schema = schemaFor(kind, context);
  const result = schema.safeParse(data);
  const findings = (result.success ? [] : result.error.issues).map((issue) => {
    const keys = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = issue.code === 'invalid_type' && issue.input === undefined && keys.length === 1 ? yaml.keyPosition('') : yaml.valuePosition(keys);
    return at(where.line, issue.code === 'invalid_type' && issue.input === undefined ? 1 : where.column, 'error', codeOf(issue), issue.message);
  });
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = suggestClosest(key, known);
    const owners = (['report', 'honor', 'story', 'enterprise'] as const).filter((k) => k !== kind && key in schemaFor(k, context).shape).map((k) => KIND_NAMES[k]);
    const hint = guess ? `，是不是“${guess}”？` : owners.length ? `：它只用于${owners.join('、')}，${KIND_NAMES[kind]}不用它，网站会忽略它` : '，网站会忽略它';
    const pos = yaml.keyPosition(key);
    findings.push(at(pos.line, pos.column, 'warning', 'field-unknown', `不认识的字段“${key}”${hint}`));
  }
  return findings;
}
