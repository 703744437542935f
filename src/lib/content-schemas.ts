import { z } from 'zod';

/*
 * The content format: one zod schema per kind, every field described in Chinese. src/content.config.ts
 * hands these to Astro's collections; the editors' checker (src/lib/checks/fields.ts) is tested against them.
 */

/** A required, non-empty text field: `requiredText("标题")`. */
export const requiredText = (what: string) =>
  z
    .string({ error: `缺少“${what}”，或它不是文字` })
    .trim()
    .min(1, `“${what}”不能为空`);

const date = (what: string) => z.coerce.date({ error: `“${what}”不是有效日期，请写成 2024-01-18 的形式` });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug 只能用小写英文字母、数字和连字符，例如 zhiwei-2024')
  .optional()
  .describe('网址中的名字（可选）。不写时取英文文件名，文件名是中文时取标题的拼音。发布后不要再改；要改请把旧的写进 redirectFrom');

/** Fields every published piece has: when it is dated, how it is found, and whether it is public yet. */
export const publishable = z.object({
  title: requiredText('标题').describe('标题，按原文填写，例如“在市工商联十届三次执委会议上的工作报告”'),
  slug,
  date: date('日期').describe('日期：会议召开、名单印发或文章发表的那一天，写成 2024-01-18'),
  year: z
    .number({ error: '“年份”应当是四位数字，例如 2024' })
    .int()
    .min(1950, '“年份”应当是四位数字，例如 2024')
    .max(2100, '“年份”应当是四位数字，例如 2024')
    .optional()
    .describe('所属年度（可选）。不写时取日期的年份；写了就必须与日期的年份一致'),
  summary: requiredText('摘要').describe('一两句话的摘要，显示在列表、搜索结果和分享卡片上'),
  tags: z.array(z.string().trim().min(1)).default([]).describe('标签，例如 [营商环境, 万企帮万村]'),
  draft: z.boolean({ error: '“draft”只能写 true 或 false' }).default(false).describe('草稿：true 时正式站点不发布，本地预览时标出“草稿”'),
  publishAt: z.coerce
    .date({ error: '“publishAt”不是有效时间，请写成 2024-02-01T09:00:00+08:00' })
    .optional()
    .describe('定时发布（可选）：这个时间之前正式站点不发布，写成 2024-02-01T09:00:00+08:00'),
  redirectFrom: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'redirectFrom 里只能写旧的 slug，例如 old-name'))
    .default([])
    .describe('改过 slug 时，把旧的 slug 写在这里，旧网址会自动跳转到新网址'),
});

/** Whether a piece's optional `year` agrees with its date. */
export const withYearCheck = <T extends { date: Date; year?: number | undefined }>(data: T) =>
  data.year === undefined || data.year === data.date.getUTCFullYear();
/** Where and how a year/date disagreement is reported. */
export const yearMessage = { message: '“年份”与“日期”的年份不一致', path: ['year'] };

/** 工作报告: `content/reports/<year>/<slug>.md`. */
export const reportSchema = publishable
  .extend({
    organisation: z.string().trim().min(1).optional().describe('作报告的组织（可选），不写时取 site.yaml 的组织名称'),
    meeting: requiredText('会议').describe('会议名称，例如“第十届三次执委会议”'),
    speaker: z.string().trim().min(1).optional().describe('报告人（可选），例如“主席 陈志明”'),
  })
  .refine(withYearCheck, yearMessage);

/** 表彰名单: `content/honors/<year>/<slug>.md`; the honourees are GFM tables in the body. */
export const honorSchema = publishable
  .extend({
    issuers: z
      .array(z.string().trim().min(1), { error: '“issuers”（表彰单位）要写成列表，例如 [锦川市工商联]' })
      .min(1, '至少写一个表彰单位')
      .describe('表彰（发文）单位，一个或几个'),
    documentNumber: z.string().trim().min(1).optional().describe('文号（可选），例如“锦工商联〔2024〕12号”'),
  })
  .refine(withYearCheck, yearMessage);

/** 企业故事: `content/stories/<year>/<slug>.md`; `image` is Astro's image() (any schema outside Astro). */
export const storySchema = <Image extends z.ZodType>(image: Image) =>
  publishable
    .extend({
      enterprises: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('文章写到的企业：写企业文件名（如 huarui-yaoye）或企业名称、简称'),
      county: z.string().trim().min(1).optional().describe('所在区县（可选），例如“临溪县”'),
      industry: z.string().trim().min(1).optional().describe('行业（可选），例如“医药制造”'),
      author: z.string().trim().min(1).optional().describe('作者或来源（可选）'),
      cover: z
        .object({
          src: image,
          alt: requiredText('封面图说明（alt）').describe('封面图的文字说明，给看不见图片的读者'),
        })
        .optional()
        .describe('封面图（可选），图片放在文章旁边，写相对路径'),
    })
    .refine(withYearCheck, yearMessage);

/** 企业: `content/enterprises/<slug>.yaml`. */
export const enterpriseSchema = z.object({
  name: requiredText('企业名称').describe('企业全称，例如“锦川华瑞药业股份有限公司”'),
  aliases: z.array(z.string().trim().min(1)).default([]).describe('简称、曾用名，例如 [华瑞药业, 锦川制药厂]'),
  county: requiredText('所在区县').describe('所在区县'),
  industry: requiredText('行业').describe('行业'),
  founded: z.number().int().optional().describe('成立年份（可选）'),
  website: z.url({ error: '“website”不是有效网址，应以 https:// 开头' }).optional().describe('官方网站（可选）'),
  profile: requiredText('简介').describe('一段话的企业简介'),
});
