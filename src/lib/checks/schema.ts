import { at, type LocalFinding } from './finding.ts';
import { FIELDS, KIND_NAMES, type ContentKind, type FieldSpec } from './fields.ts';
import type { ParsedYaml, Position } from './front-matter.ts';
import { suggestClosest } from './suggest.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** What the schema check needs to know about where the file sits. */
export interface SchemaContext {
  /** The year folder the file is in (`"2024"`), or undefined for enterprises. */
  yearFolder?: string | undefined;
}

const name = (spec: FieldSpec) => `“${spec.key}”（${spec.label}）`;

/**
 * Reads a YAML date as the schema would, but strictly: `"2024-01-18"` → that Date; `"2024-02-30"` → "missing-day";
 * `"2024/1/18"` → "bad-format".
 */
export function readDate(value: unknown): Date | 'bad-format' | 'missing-day' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'bad-format' : value;
  const match = typeof value === 'string' ? DATE.exec(value.trim()) : null;
  if (!match) return 'bad-format';
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return 'missing-day';
  const parsed = new Date(String(value).trim());
  return Number.isNaN(parsed.getTime()) ? day : parsed;
}

function checkValue(spec: FieldSpec, value: unknown, where: Position, yaml: ParsedYaml): LocalFinding[] {
  const fail = (message: string, pos = where) => [at(pos.line, pos.column, 'error', 'field-type', message)];
  if (value === null) return fail(`${name(spec)}只写了字段名没有写值；不用这个字段时请整行删掉`);
  if (value === '') {
    const how = spec.required ? `请填写，例如 ${spec.example}` : '不用这个字段时请整行删掉';
    return [at(where.line, where.column, 'error', 'field-empty', `${name(spec)}不能为空，${how}`)];
  }
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string' && typeof value !== 'number') return fail(`${name(spec)}应当是一段文字`);
      return String(value).trim() === '' ? [at(where.line, where.column, 'error', 'field-empty', `${name(spec)}不能为空，请填写，例如 ${spec.example}`)] : [];
    case 'slug':
      return typeof value === 'string' && SLUG.test(value) ? [] : fail(`${name(spec)}只能用小写英文字母、数字和连字符，例如 ${spec.example}`);
    case 'date':
    case 'datetime': {
      const date = readDate(value);
      if (date === 'missing-day') return fail(`${name(spec)}写的 ${String(value)} 这一天不存在`);
      return date === 'bad-format' ? fail(`${name(spec)}不是有效日期，请写成 ${spec.example} 的形式`) : [];
    }
    case 'year':
      return Number.isInteger(value) && (value as number) >= 1950 && (value as number) <= 2100 ? [] : fail(`${name(spec)}应当是四位数字，例如 2024`);
    case 'integer':
      return Number.isInteger(value) ? [] : fail(`${name(spec)}应当是整数，例如 ${spec.example}`);
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail(`${name(spec)}只能写 true 或 false`);
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value) ? [] : fail(`${name(spec)}不是有效网址，应以 https:// 开头`);
    case 'list':
    case 'slug-list': {
      if (!Array.isArray(value)) return fail(`${name(spec)}应当写成列表，例如 ${spec.example}`);
      const itemOk = (item: unknown) => (spec.type === 'list' ? typeof item === 'string' && item.trim() !== '' : typeof item === 'string' && SLUG.test(item));
      const bad = value.findIndex((item) => !itemOk(item));
      if (bad !== -1) return fail(spec.type === 'list' ? `${name(spec)}的第 ${bad + 1} 项是空的或不是文字` : `${name(spec)}里只能写旧的 slug（小写字母、数字、连字符）`, yaml.valuePosition([spec.key, bad]));
      return spec.required && value.length === 0 ? [at(where.line, where.column, 'error', 'field-empty', `${name(spec)}至少要写一项`)] : [];
    }
    case 'cover': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail(`${name(spec)}应当分两行写 src（图片路径）和 alt（图片说明）`);
      const cover = value as Record<string, unknown>;
      const problems: LocalFinding[] = [];
      if (typeof cover['src'] !== 'string' || cover['src'].trim() === '') problems.push(...fail('封面图缺少“src”（图片路径），例如 ./cover.jpg'));
      if (typeof cover['alt'] !== 'string' || cover['alt'].trim() === '') {
        const pos = 'alt' in cover ? yaml.valuePosition([spec.key, 'alt']) : where;
        problems.push(at(pos.line, pos.column, 'error', 'image-alt', '封面图缺少“alt”（图片说明），请用一句话说明图片内容'));
      }
      return problems;
    }
  }
}

/** Checks front matter (or an enterprise file) against the fields of its kind, in editors' words. */
export function checkFields(kind: ContentKind, yaml: ParsedYaml, context: SchemaContext): LocalFinding[] {
  const data = yaml.data;
  if (!data) return [];
  const specs = FIELDS[kind];
  const findings: LocalFinding[] = [];
  const first = yaml.keyPosition('');
  for (const spec of specs) {
    if (!(spec.key in data)) {
      if (spec.required) findings.push(at(first.line, 1, 'error', 'field-missing', `缺少必填字段${name(spec)}，例如 ${spec.key}: ${spec.example}`));
      continue;
    }
    findings.push(...checkValue(spec, data[spec.key], yaml.valuePosition([spec.key]), yaml));
  }
  for (const key of Object.keys(data)) {
    if (specs.some((s) => s.key === key)) continue;
    const guess = suggestClosest(key, specs.map((s) => s.key));
    const pos = yaml.keyPosition(key);
    const owners = (Object.keys(FIELDS) as ContentKind[]).filter((k) => FIELDS[k].some((s) => s.key === key)).map((k) => KIND_NAMES[k]);
    const hint = guess ? `，是不是“${guess}”？` : owners.length ? `：它只用于${owners.join('、')}，${KIND_NAMES[kind]}不用它，网站会忽略它` : '，网站会忽略它';
    findings.push(at(pos.line, pos.column, 'warning', 'field-unknown', `不认识的字段“${key}”${hint}`));
  }
  if (kind !== 'enterprise') findings.push(...checkYears(data, yaml, context));
  return findings;
}

function checkYears(data: Record<string, unknown>, yaml: ParsedYaml, context: SchemaContext): LocalFinding[] {
  const date = readDate(data['date']);
  if (!(date instanceof Date)) return [];
  const dateYear = date.getUTCFullYear();
  const findings: LocalFinding[] = [];
  if (Number.isInteger(data['year']) && data['year'] !== dateYear) {
    const pos = yaml.valuePosition(['year']);
    findings.push(at(pos.line, pos.column, 'error', 'year-mismatch', `“year”（年份）${String(data['year'])} 与“date”（日期）的年份 ${dateYear} 不一致`));
  }
  if (context.yearFolder !== undefined && context.yearFolder !== String(dateYear)) {
    const pos = yaml.valuePosition(['date']);
    findings.push(at(pos.line, pos.column, 'error', 'year-folder', `文件放在 ${context.yearFolder} 文件夹里，但“date”（日期）是 ${dateYear} 年；请把文件移到 ${dateYear} 文件夹，或改正日期`));
  }
  return findings;
}
