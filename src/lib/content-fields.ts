import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readBeijingDate } from './dates.ts';

/*
 * The building blocks of the content format. Each field is written once, here or in content-schemas.ts: its zod
 * type, its Chinese name, what it is for, an example, and the messages editors get. The checker, `npm run new` and
 * the field tables of docs/编辑指南.md all read them from the schemas (`describeFields`).
 * Values arrive as YAML read with the failsafe schema (src/lib/checks/front-matter.ts): every scalar is the text the
 * editor wrote, so these types convert explicitly (`draft: "true"` → true, `title: 1.10` stays "1.10").
 */

/** What editors are told about a field: its Chinese name, what it is for, and an example value written as YAML. */
export interface FieldInfo {
  label: string;
  description: string;
  example: string;
}

/** Every field's FieldInfo, keyed by its schema. */
export const fieldInfo = z.registry<FieldInfo>();

/** How a field is named in messages: `("meeting", 会议)` → `“meeting”（会议）`. */
export const fieldName = (key: string, info: FieldInfo) => `“${key}”（${info.label}）`;

const missing = (key: string, info: FieldInfo) => `缺少必填字段${fieldName(key, info)}，例如 ${key}: ${info.example}`;

/** Attaches the field's FieldInfo (and its description, for Astro's generated types) to the schema that is the field. */
function field<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  const described = schema.describe(info.description) as T;
  fieldInfo.add(described, info);
  return described;
}

/** `(value, expected message) ⇒ issue`: a wrong type gets `wrong`, an absent required field gets the missing message. */
const typed = (key: string, info: FieldInfo, wrong: string) => ({ error: (issue: { input: unknown }) => (issue.input === undefined ? missing(key, info) : wrong) });

const textType = (key: string, info: FieldInfo, empty: string) => z.string(typed(key, info, `${fieldName(key, info)}应当是一段文字`)).trim().min(1, empty);

/** A piece of text that must be there: `title: 标题`. */
export function text(key: string, info: FieldInfo) {
  return field(textType(key, info, `${fieldName(key, info)}不能为空，请填写，例如 ${info.example}`), info);
}

/** A piece of text that may be left out, but not left empty: `speaker: 主席 陈志明`. */
export function optionalText(key: string, info: FieldInfo) {
  return field(textType(key, info, `${fieldName(key, info)}是空的；不用这个字段时请整行删掉`).optional(), info);
}

/** A list of texts: `tags: [营商环境, 万企帮万村]`; `min` items at least (then the field is required). */
export function textList(key: string, info: FieldInfo, min = 0) {
  const item = z.string(`${fieldName(key, info)}里有一项不是文字`).trim().min(1, `${fieldName(key, info)}里有一项是空的`);
  const list = z.array(item, typed(key, info, `${fieldName(key, info)}应当写成列表，例如 ${info.example}`));
  return min > 0 ? field(list.min(min, `${fieldName(key, info)}至少要写一项`), info) : field(list.default([]), info);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = (key: string, info: FieldInfo) => `${fieldName(key, info)}只能用小写英文字母、数字和连字符，例如 ${info.example}`;

/** An optional URL name: `slug: zhiwei-2024`. */
export function slug(key: string, info: FieldInfo) {
  return field(z.string(typed(key, info, slugMessage(key, info))).regex(SLUG, slugMessage(key, info)).optional(), info);
}

/** A list of URL names: `redirectFrom: [old-name]`. */
export function slugList(key: string, info: FieldInfo) {
  const item = z.string(slugMessage(key, info)).regex(SLUG, slugMessage(key, info));
  return field(z.array(item, typed(key, info, `${fieldName(key, info)}应当写成列表，例如 ${info.example}`)).default([]), info);
}

function dateType(key: string, info: FieldInfo) {
  const wrong = `${fieldName(key, info)}不是有效日期，请写成 ${info.example} 的形式`;
  const empty = `${fieldName(key, info)}不能为空，请填写，例如 ${info.example}`;
  return z.string(typed(key, info, wrong)).min(1, empty).transform((written, context) => {
    const date = readBeijingDate(written);
    if (date instanceof Date) return date;
    context.addIssue({ code: 'custom', input: written, message: date === 'missing-day' ? `${fieldName(key, info)}写的 ${written} 这一天不存在` : wrong });
    return z.NEVER;
  });
}

/** A date or moment in Beijing time unless a zone is written (`readBeijingDate`): `date: 2024-01-18`. */
export function beijingDate(key: string, info: FieldInfo) {
  return field(dateType(key, info), info);
}

/** The same, optional: `publishAt: 2024-02-01T09:00`. */
export function optionalBeijingDate(key: string, info: FieldInfo) {
  return field(dateType(key, info).optional(), info);
}

/** A whole number written in digits: `founded: 1998`; `range` bounds it (a year: 1950–2100). */
export function integer(key: string, info: FieldInfo, range?: { min: number; max: number }) {
  const wrong = range ? `${fieldName(key, info)}应当是四位数字，例如 ${info.example}` : `${fieldName(key, info)}应当是整数，例如 ${info.example}`;
  const base = z.string(typed(key, info, wrong)).transform((written, context) => {
    const value = /^\s*-?\d+\s*$/.test(written) ? Number(written) : Number.NaN;
    if (Number.isSafeInteger(value) && (!range || (value >= range.min && value <= range.max))) return value;
    context.addIssue({ code: 'custom', input: written, message: wrong });
    return z.NEVER;
  });
  return field(base.optional(), info);
}

/** `true` or `false`, nothing else (not 是/否, not yes/no): `draft: false`. */
export function flag(key: string, info: FieldInfo) {
  const wrong = `${fieldName(key, info)}只能写 true 或 false`;
  return field(z.enum(['true', 'false'], { error: wrong }).transform((value) => value === 'true').default(false), info);
}

/** A web address on http(s): `website: https://www.example.cn`. */
export function webAddress(key: string, info: FieldInfo) {
  const wrong = `${fieldName(key, info)}不是有效网址，应以 https:// 开头`;
  return field(z.url({ protocol: /^https?$/, hostname: /\./, error: wrong }).optional(), info);
}

/** A link on the site or elsewhere: `link: /reports/2024/zhiwei/` or `link: https://www.example.cn/a`. */
export function siteOrWebLink(key: string, info: FieldInfo) {
  const wrong = `${fieldName(key, info)}应当是本站网址（以 / 开头，例如 ${info.example}）或 https:// 开头的网址`;
  const link = z.string(typed(key, info, wrong)).trim().refine((value) => /^\/(?!\/)\S*$/.test(value) || URL.canParse(value) && /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(value), wrong);
  return field(link.optional(), info);
}

/** A list of groups, each item a `- ` line with its own fields below: `events:` with `- date: …` and `title: …`. */
export function groupList<Shape extends z.ZodRawShape>(key: string, info: FieldInfo, shape: Shape) {
  const wrong = `${fieldName(key, info)}应当写成列表：每一项以“- ”开头，下面分行写 ${Object.keys(shape).join('、')}`;
  const item = z.object(shape, { error: wrong });
  return field(z.array(item, typed(key, info, wrong)).min(1, `${fieldName(key, info)}至少要写一项`), info);
}

/** A group of fields written on indented lines below the key: `cover:` with `src:` and `alt:`. */
export function group<Shape extends z.ZodRawShape>(key: string, info: FieldInfo, shape: Shape) {
  const wrong = `${fieldName(key, info)}应当在下面分行写 ${Object.keys(shape).join('、')}，例如 ${info.example}`;
  return field(z.object(shape, { error: wrong }).optional(), info);
}

/** How `npm run new` writes a field with no value yet: a list, a group of lines, or a single value. */
export type FieldForm = 'list' | 'group' | 'value';

/** One field as the scaffold and the guide show it. */
export interface FieldDescription extends FieldInfo {
  key: string;
  required: boolean;
  form: FieldForm;
}

/**
 * The fields of a schema, in order, as the registry describes them; `required` is asked of the schema itself.
 * `describeFields(reportSchema)[0]` → `{ key: "title", label: "标题", required: true, form: "value", … }`
 */
export function describeFields(schema: z.ZodObject): FieldDescription[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, type]) => {
    const info = fieldInfo.get(type);
    if (!info) throw new Error(`content schema field "${key}" has no FieldInfo`);
    const example: unknown = parseYaml(info.example);
    const form: FieldForm = Array.isArray(example) ? 'list' : typeof example === 'object' && example !== null ? 'group' : 'value';
    return { key, ...info, required: !type.safeParse(undefined).success, form };
  });
}
