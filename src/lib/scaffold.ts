import { stringify } from 'yaml';
import { describeFields, type FieldDescription } from './content-fields.ts';
import { KIND_FOLDERS, type ContentKind } from './content-kinds.ts';
import { enterpriseSchema, eventFields, honorSchema, reportSchema, storySchema } from './content-schemas.ts';
import { slugify } from './slug.ts';
import { z } from 'zod';

/** Values to write into a new file's front matter; fields left out are written empty (required) or commented (optional). */
export type FieldValues = Partial<Record<string, string | number | boolean | readonly string[]>>;

/** Today's date in China (the federation's time zone): `2024-01-18T20:00:00Z` → `"2024-01-19"`. */
export function formatChinaDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function formatValue(value: string | number | boolean | readonly string[]): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The fields of each kind, as the content schemas describe them (the cover's image type does not matter here). */
export const KIND_FIELDS: Readonly<Record<ContentKind, readonly FieldDescription[]>> = {
  report: describeFields(reportSchema),
  honor: describeFields(honorSchema),
  story: describeFields(storySchema(z.string())),
  enterprise: describeFields(enterpriseSchema),
  /** An events file's items (the file itself is `events:` and a list of them). */
  event: describeFields(z.object(eventFields)),
};

function fieldLine(spec: FieldDescription, values: FieldValues): string {
  const value = values[spec.key];
  if (value !== undefined) return `${spec.key}: ${formatValue(value)}  # ${spec.description}`;
  const describe = spec.description.replace(/（可选）/g, '');
  const empty = spec.form === 'list' ? '[]' : '""';
  if (spec.required) return `${spec.key}: ${empty}  # 必填，请填写：${describe}，例如 ${spec.example}`;
  if (spec.form === 'list') return `${spec.key}: []  # 可选：${describe}，例如 ${spec.example}`;
  return `# ${spec.key}: ${spec.example}  # 可选：${describe}。要用时去掉行首的“# ”`;
}

/**
 * Writes the front matter of a kind with every field, required ones first, each in schema order and commented in Chinese.
 * `("report", { title: "在…上的工作报告" })` → `"title: 在…上的工作报告  # 标题…\nslug: …"` (the YAML only, without `---`).
 */
export function renderFields(kind: ContentKind, values: FieldValues): string {
  const fields = KIND_FIELDS[kind];
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)].map((spec) => fieldLine(spec, values)).join('\n');
}

/** A new content file: where it goes inside `content/` and what it says. */
export interface Scaffold {
  /** e.g. `reports/2024/zai-shi-gong-shang-lian.md` */
  rel: string;
  text: string;
}

const BODY_HINT: Readonly<Record<Exclude<ContentKind, 'enterprise' | 'event'>, string>> = {
  report: '一、（此处填写第一部分的标题）\n\n（一）（此处填写第一节的标题）。（此处填写这一节的正文）\n\n（二）（此处填写第二节的标题）。（此处填写正文）\n',
  honor: '（此处填写表彰决定的正文）\n\n## （此处填写奖项名称）\n\n| 名称 | 地区 |\n| --- | --- |\n| （此处填写企业全称） | （此处填写所在区县） |\n',
  story: '（此处填写文章正文，每段之间空一行）\n',
};

/**
 * Creates the file for `npm run new -- report "标题"`: pinyin slug, today's date, every field commented.
 * `("report", "在市工商联执委会议上的工作报告", 2024-01-18)` → `{ rel: "reports/2024/zai-shi-gong-shang-lian-zhi-wei-hui-yi-shang-de-gong-zuo-bao-gao.md", … }`
 */
export function createScaffold(kind: ContentKind, title: string, now: Date): Scaffold {
  const slug = slugify(title);
  const header = `# 由 npm run new 生成。每个字段后面的说明以“#”开头，可以保留。写完后运行 npm run check 检查。`;
  if (kind === 'enterprise') {
    return { rel: `${KIND_FOLDERS.enterprise}/${slug}.yaml`, text: `${header}\n${renderFields(kind, { name: title })}\n` };
  }
  const date = formatChinaDate(now);
  if (kind === 'event') {
    const item = renderFields(kind, { title, date }).split('\n').map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`);
    return { rel: `${KIND_FOLDERS.event}/${date.slice(0, 4)}.yaml`, text: `${header}\nevents:\n${item.join('\n')}\n` };
  }
  const fields = renderFields(kind, { title, date, draft: false });
  return { rel: `${KIND_FOLDERS[kind]}/${date.slice(0, 4)}/${slug}.md`, text: `---\n${header}\n${fields}\n---\n\n${BODY_HINT[kind]}` };
}
