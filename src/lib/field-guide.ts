import type { FieldDescription } from './content-fields.ts';
import { KIND_NAMES, type ContentKind } from './content-kinds.ts';
import { publishable } from './content-schemas.ts';
import { KIND_FIELDS } from './scaffold.ts';

/** The lines around the generated field tables in docs/编辑指南.md. */
export const FIELD_GUIDE_START = '<!-- 下面的字段表由 npm run docs:fields 按 src/lib/content-schemas.ts 生成，请勿手改 -->';
export const FIELD_GUIDE_END = '<!-- 字段表到此为止 -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(fields: readonly FieldDescription[]): string {
  const rows = fields.map((f) => `| ${f.key} | ${cell(f.label)} | ${f.required ? '是' : '否'} | ${cell(f.description.replace(/（可选）/g, ''))} | ${cell(f.example)} |`);
  return ['| 字段 | 中文名 | 必填 | 说明 | 例子 |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The field tables of the editors' guide, from the content schemas: the fields all pieces share, then each kind's own.
 * → `"### 所有报告、名单、故事都有的字段\n\n| 字段 | 中文名 | 必填 | 说明 | 例子 |\n…"`
 */
export function renderFieldGuide(): string {
  const shared = new Set(Object.keys(publishable.shape));
  const sections = [`### 所有报告、名单、故事都有的字段\n\n${table(KIND_FIELDS.report.filter((f) => shared.has(f.key)))}`];
  for (const kind of ['report', 'honor', 'story'] as const satisfies readonly ContentKind[]) {
    sections.push(`### ${KIND_NAMES[kind]}另有\n\n${table(KIND_FIELDS[kind].filter((f) => !shared.has(f.key)))}`);
  }
  sections.push(`### 企业文件（content/enterprises/*.yaml）\n\n${table(KIND_FIELDS.enterprise)}`);
  sections.push(`### 大事记文件（content/events/<年份>.yaml）里的每一项\n\n${table(KIND_FIELDS.event)}`);
  return sections.join('\n\n');
}

/**
 * The guide with its field tables replaced by freshly generated ones; throws when the markers are missing.
 * `("…START\nold\nEND…")` → `"…START\n<tables>\nEND…"`
 */
export function updateFieldGuide(guide: string): string {
  const start = guide.indexOf(FIELD_GUIDE_START);
  const end = guide.indexOf(FIELD_GUIDE_END);
  if (start === -1 || end < start) throw new Error(`docs/编辑指南.md 里找不到字段表的起止标记：${FIELD_GUIDE_START}`);
  return `${guide.slice(0, start + FIELD_GUIDE_START.length)}\n\n${renderFieldGuide()}\n\n${guide.slice(end)}`;
}
