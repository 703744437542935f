/** The kinds of content editors write; each has a folder under `content/`. */
export type ContentKind = 'report' | 'honor' | 'story' | 'enterprise';

/** Folder of each kind: `report` → `"reports"`. */
export const KIND_FOLDERS: Readonly<Record<ContentKind, string>> = {
  report: 'reports',
  honor: 'honors',
  story: 'stories',
  enterprise: 'enterprises',
};

/** Chinese name of each kind: `report` → `"工作报告"`. */
export const KIND_NAMES: Readonly<Record<ContentKind, string>> = {
  report: '工作报告',
  honor: '表彰名单',
  story: '企业故事',
  enterprise: '企业',
};

/** What a field's value must be; mirrors the zod types in `src/content.config.ts`. */
export type FieldType = 'text' | 'slug' | 'date' | 'datetime' | 'year' | 'integer' | 'boolean' | 'list' | 'slug-list' | 'url' | 'cover';

/** One front-matter field: its key, type, whether it is required, its Chinese label and description. */
export interface FieldSpec {
  key: string;
  type: FieldType;
  required: boolean;
  label: string;
  /** Same wording as the schema's `.describe()`; the scaffold writes it as a comment. */
  describe: string;
  /** Example value for the editor guide and the scaffold comments. */
  example: string;
}

const field = (key: string, type: FieldType, required: boolean, label: string, describe: string, example: string): FieldSpec => ({
  key,
  type,
  required,
  label,
  describe,
  example,
});

const PUBLISHABLE: readonly FieldSpec[] = [
  field('title', 'text', true, '标题', '标题，按原文填写', '在市工商联十届三次执委会议上的工作报告'),
  field('slug', 'slug', false, '网址名', '网址中的名字（可选）。不写时取英文文件名，文件名是中文时取标题的拼音。发布后不要再改；要改请把旧的写进 redirectFrom', 'zhiwei-2024'),
  field('date', 'date', true, '日期', '日期：会议召开、名单印发或文章发表的那一天', '2024-01-18'),
  field('year', 'year', false, '年份', '所属年度（可选）。不写时取日期的年份；写了就必须与日期的年份一致', '2024'),
  field('summary', 'text', true, '摘要', '一两句话的摘要，显示在列表、搜索结果和分享卡片上', '回顾2023年工作，部署2024年任务。'),
  field('tags', 'list', false, '标签', '标签（可选）', '[营商环境, 万企帮万村]'),
  field('draft', 'boolean', false, '草稿', '草稿：true 时正式站点不发布，本地预览时标出“草稿”', 'false'),
  field('publishAt', 'datetime', false, '定时发布', '定时发布（可选）：这个时间之前正式站点不发布', '2024-02-01T09:00:00+08:00'),
  field('redirectFrom', 'slug-list', false, '旧网址名', '改过 slug 时，把旧的 slug 写在这里，旧网址会自动跳转到新网址', '[old-name]'),
];

/** Every field of every kind, in the order the scaffold writes them. */
export const FIELDS: Readonly<Record<ContentKind, readonly FieldSpec[]>> = {
  report: [
    ...PUBLISHABLE.slice(0, 2),
    field('meeting', 'text', true, '会议', '会议名称', '第十届三次执委会议'),
    field('speaker', 'text', false, '报告人', '报告人（可选）', '主席 陈志明'),
    field('organisation', 'text', false, '组织', '作报告的组织（可选），不写时取 site.yaml 的组织名称', '锦川市工商业联合会'),
    ...PUBLISHABLE.slice(2),
  ],
  honor: [
    ...PUBLISHABLE.slice(0, 2),
    field('issuers', 'list', true, '表彰单位', '表彰（发文）单位，一个或几个', '[锦川市工商联, 锦川市人力资源和社会保障局]'),
    field('documentNumber', 'text', false, '文号', '文号（可选）', '锦工商联〔2024〕12号'),
    ...PUBLISHABLE.slice(2),
  ],
  story: [
    ...PUBLISHABLE.slice(0, 2),
    field('enterprises', 'list', false, '企业', '文章写到的企业：写企业文件名（如 huarui-yaoye）或企业名称、简称', '[huarui-yaoye]'),
    field('county', 'text', false, '区县', '所在区县（可选）', '临溪县'),
    field('industry', 'text', false, '行业', '行业（可选）', '医药制造'),
    field('author', 'text', false, '作者', '作者或来源（可选）', '锦川市工商联宣传部'),
    field('cover', 'cover', false, '封面图', '封面图（可选）：src 写图片的相对路径，alt 写图片的文字说明', '{ src: ./cover.jpg, alt: 车间里的生产线 }'),
    ...PUBLISHABLE.slice(2),
  ],
  enterprise: [
    field('name', 'text', true, '企业名称', '企业全称', '锦川华瑞药业股份有限公司'),
    field('aliases', 'list', false, '简称', '简称、曾用名（可选）', '[华瑞药业, 锦川制药厂]'),
    field('county', 'text', true, '所在区县', '所在区县', '临溪县'),
    field('industry', 'text', true, '行业', '行业', '医药制造'),
    field('founded', 'integer', false, '成立年份', '成立年份（可选）', '1998'),
    field('website', 'url', false, '网站', '官方网站（可选），以 https:// 开头', 'https://www.example.cn'),
    field('profile', 'text', true, '简介', '一段话的企业简介', '锦川华瑞药业创办于1998年……'),
  ],
};

/** Finds the spec of a key in a kind: `("report", "meeting")` → the meeting spec; unknown → undefined. */
export function findField(kind: ContentKind, key: string): FieldSpec | undefined {
  return FIELDS[kind].find((f) => f.key === key);
}
