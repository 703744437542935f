import { z } from 'zod';
import { beijingDate, fieldName, flag, group, groupList, integer, siteOrWebLink, optionalBeijingDate, optionalText, slug, slugList, text, textList, webAddress, type FieldInfo } from './content-fields.ts';
import { beijingYear } from './dates.ts';

/*
 * The content format: one zod schema per kind, and the only definition of every field (see content-fields.ts).
 * src/content.config.ts hands these to Astro's collections; the editors' checker validates front matter with them;
 * `npm run new` and the field tables of docs/编辑指南.md are generated from them.
 */

const YEAR: FieldInfo = { label: '年份', description: '所属年度（可选）。不写时取日期的年份（北京时间）；写了就必须与日期的年份一致', example: '2024' };
const DATE: FieldInfo = {
  label: '日期',
  description: '会议召开、名单印发或文章发表的那一天（北京时间）',
  example: '2024-01-18',
};

/** Fields every published piece has: when it is dated, how it is found, and whether it is public yet. */
export const publishable = z.object({
  title: text('title', { label: '标题', description: '标题，按原文填写', example: '在市工商联十届三次执委会议上的工作报告' }),
  slug: slug('slug', {
    label: '网址名',
    description: '网址中的名字（可选）。不写时取英文文件名，文件名是中文时取标题的拼音。发布后不要再改；要改请把旧的写进 redirectFrom',
    example: 'zhiwei-2024',
  }),
  date: beijingDate('date', DATE),
  year: integer('year', YEAR, { min: 1950, max: 2100 }),
  summary: text('summary', { label: '摘要', description: '一两句话的摘要，显示在列表、搜索结果和分享卡片上', example: '回顾2023年工作，部署2024年任务。' }),
  tags: textList('tags', { label: '标签', description: '标签（可选），主题词列表', example: '[营商环境, 万企帮万村]' }),
  draft: flag('draft', { label: '草稿', description: '草稿：true 时正式站点不发布，本地预览时标出“草稿”', example: 'false' }),
  publishAt: optionalBeijingDate('publishAt', {
    label: '定时发布',
    description: '定时发布（可选）：这个时间之前正式站点不发布；不写时区就是北京时间',
    example: '2024-02-01T09:00:00+08:00',
  }),
  redirectFrom: slugList('redirectFrom', { label: '旧网址名', description: '改过 slug 时，把旧的 slug 写在这里，旧网址会自动跳转到新网址', example: '[old-name]' }),
  // The signs of an official publication, printed in one line at the end of the page: 来源 / 责任编辑 / 审核.
  source: optionalText('source', { label: '来源', description: '来源（可选）：提供稿件或文件的单位，显示在文末', example: '锦川市工商联办公室' }),
  editor: optionalText('editor', { label: '责任编辑', description: '责任编辑（可选），显示在文末', example: '王晓燕' }),
  reviewer: optionalText('reviewer', { label: '审核', description: '审核人（可选），显示在文末', example: '李建国' }),
});

/** The year a piece belongs to: its `year` field, else its date's year in Beijing time. `{ date: 2024-12-31T16:30Z }` → 2025 */
export function pieceYear(data: { date: Date; year?: number | undefined }): number {
  return data.year ?? beijingYear(data.date);
}

const dates = publishable.pick({ date: true, year: true });
const switches = publishable.pick({ draft: true, publishAt: true });

/** A piece's date and year from front matter as written, or undefined when either is unreadable (the checker says why). */
export function readPieceDates(frontMatter: Readonly<Record<string, unknown>>): { date: Date; year?: number | undefined } | undefined {
  const result = dates.safeParse(frontMatter);
  return result.success ? result.data : undefined;
}

/** A piece's `draft` and `publishAt` from front matter as written, or undefined when unreadable. */
export function readPublishState(frontMatter: Readonly<Record<string, unknown>>): { draft: boolean; publishAt?: Date | undefined } | undefined {
  const result = switches.safeParse(frontMatter);
  return result.success ? result.data : undefined;
}

/** A `year` that disagrees with the date is reported on the year field, with both years. */
function checkYear(data: { date: Date; year?: number | undefined }, context: z.RefinementCtx): void {
  // zod runs this even when the date itself failed; that problem is already reported.
  if (!(data.date instanceof Date) || typeof data.year !== 'number') return;
  const dateYear = beijingYear(data.date);
  if (data.year === dateYear) return;
  context.addIssue({ code: 'custom', path: ['year'], params: { code: 'year-mismatch' }, message: `${fieldName('year', YEAR)}${data.year} 与${fieldName('date', DATE)}的年份 ${dateYear} 不一致` });
}

/** 工作报告: `content/reports/<year>/<slug>.md`. */
export const reportSchema = publishable
  .extend({
    meeting: text('meeting', { label: '会议', description: '会议名称', example: '第十届三次执委会议' }),
    speaker: optionalText('speaker', { label: '报告人', description: '报告人（可选），职务和姓名', example: '主席 陈志明' }),
    organisation: optionalText('organisation', { label: '组织', description: '作报告的组织（可选），不写时取 site.yaml 的组织名称', example: '锦川市工商业联合会' }),
  })
  .superRefine(checkYear);

/** 表彰名单: `content/honors/<year>/<slug>.md`; the honourees are GFM tables in the body. */
export const honorSchema = publishable
  .extend({
    issuers: textList('issuers', { label: '表彰单位', description: '表彰（发文）单位，一个或几个', example: '[锦川市工商联, 锦川市人力资源和社会保障局]' }, 1),
    documentNumber: optionalText('documentNumber', { label: '文号', description: '文号（可选）', example: '锦工商联〔2024〕12号' }),
  })
  .superRefine(checkYear);

const COVER_ALT: FieldInfo = { label: '封面图说明', description: '封面图的文字说明，给看不见图片的读者', example: '车间里的生产线' };

/**
 * 企业故事: `content/stories/<year>/<slug>.md`. `image` checks the cover's path: Astro's image() in the build,
 * a local-file check in the checker.
 */
export const storySchema = <Image extends z.ZodType>(image: Image) =>
  publishable
    .extend({
      enterprises: textList('enterprises', {
        label: '企业',
        description: '文章写到的企业：写企业文件名（如 huarui-yaoye）或企业名称、简称',
        example: '[huarui-yaoye, 云雾茶业]',
      }),
      county: optionalText('county', { label: '区县', description: '所在区县（可选）', example: '临溪县' }),
      industry: optionalText('industry', { label: '行业', description: '行业（可选）', example: '医药制造' }),
      author: optionalText('author', { label: '作者', description: '作者或来源（可选）', example: '锦川市工商联宣传部' }),
      cover: group(
        'cover',
        { label: '封面图', description: '封面图（可选）：src 写图片的相对路径（放在文章旁边），alt 写图片的文字说明', example: '{ src: ./cover.jpg, alt: 车间里的生产线 }' },
        { src: image, alt: text('alt', COVER_ALT) },
      ),
    })
    .superRefine(checkYear);

/** 企业: `content/enterprises/<slug>.yaml`. */
export const enterpriseSchema = z.object({
  name: text('name', { label: '企业名称', description: '企业全称', example: '锦川华瑞药业股份有限公司' }),
  aliases: textList('aliases', { label: '简称', description: '简称、曾用名（可选）', example: '[华瑞药业, 锦川制药厂]' }),
  county: text('county', { label: '所在区县', description: '所在区县', example: '临溪县' }),
  industry: text('industry', { label: '行业', description: '行业', example: '医药制造' }),
  founded: integer('founded', { label: '成立年份', description: '成立年份（可选），四位数字', example: '1998' }),
  website: webAddress('website', { label: '网站', description: '官方网站（可选），以 https:// 开头', example: 'https://www.example.cn' }),
  profile: text('profile', { label: '简介', description: '一段话的企业简介', example: '锦川华瑞药业创办于1998年……' }),
});

/** One line of a year's 大事记: `- date: 2024-03-15`, `title: …`, optional `link: /reports/2024/x/`. */
export const eventFields = {
  date: beijingDate('date', { label: '日期', description: '这件事发生的那一天（北京时间），必须在文件名的那一年里', example: '2024-03-15' }),
  title: text('title', { label: '事件', description: '一句话写清发生了什么，显示在年度页面的大事记里', example: '召开全市民营经济高质量发展大会' }),
  link: siteOrWebLink('link', {
    label: '链接',
    description: '链接（可选）：本站已发布页面的网址（以 / 开头），或 https:// 开头的网址',
    example: '/reports/2024/zhiwei-shijie-sici/',
  }),
};

/** 大事记: `content/events/<year>.yaml`, a list of the year's events besides its reports, honours and stories. */
export const eventsSchema = z.object({
  events: groupList('events', { label: '大事记', description: '这一年的大事，每一项以“- ”开头，下面分行写 date、title，可选 link', example: '[{ date: 2024-03-15, title: 召开全市民营经济高质量发展大会 }]' }, eventFields),
});
