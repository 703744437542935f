import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fileMessages } from '../i18n/files.ts';
import { parseYamlWithPositions } from './checks/front-matter.ts';
import { siteSettingsText as m } from '../i18n/site-settings.ts';
import { EditorError } from './explain-error.ts';
import { ICP_PATTERN, POLICE_PATTERN, WEBSITE_CODE_PATTERN } from './site-filing.ts';
import { decodeText } from './text-encoding.ts';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色要写成 #a4161a 的形式');

/** How long browsers keep to HTTPS for the site by default: one year (`hstsMaxAge` in site.yaml). */
export const DEFAULT_HSTS_MAX_AGE = 31_536_000;

/** `content/site.yaml`: who publishes, where, and what the footer must carry. */
export const siteConfigSchema = z.object({
  name: z.string({ error: '缺少“name”（组织全称）' }).min(1).describe('组织全称，例如“锦川市工商业联合会（总商会）”'),
  shortName: z.string({ error: '缺少“shortName”（简称）' }).min(1).describe('简称，用在页面标题和下载包文件名里'),
  description: z.string({ error: '缺少“description”（一句话介绍）' }).min(1).describe('一句话介绍网站'),
  baseUrl: z
    .url({ protocol: /^https?$/, hostname: /\./, error: '“baseUrl”应当是完整网址，例如 https://www.example.cn' })
    .transform((u) => u.replace(/\/+$/, ''))
    .describe('正式网址，分享图片和二维码都用它'),
  logo: z.string().optional().describe('标志图片在 public/ 下的路径（可选），例如 /logo.svg'),
  colors: z
    .object({ primary: colour.describe('主色'), accent: colour.describe('点缀色') }, { error: '缺少“colors”（primary 与 accent 两种颜色）' })
    .describe('主色与点缀色'),
  address: z.string().optional().describe('地址（可选），显示在页脚'),
  footer: z.array(z.string()).default([]).describe('页脚文字，每行一条'),
  icp: z
    .string({ error: '缺少“icp”（ICP 备案号），中国大陆网站必须在页脚显示' })
    .trim()
    .regex(ICP_PATTERN, m.icpFormat)
    .describe('ICP 备案号，例如“锦ICP备2024000001号-1”；页脚链接到工业和信息化部备案管理系统'),
  police: z.string().trim().regex(POLICE_PATTERN, m.policeFormat).optional().describe('公安联网备案号（可选），例如“锦公网安备99010202000123号”；页脚链接到它在全国互联网安全管理服务平台上的备案信息'),
  websiteCode: z.string().trim().regex(WEBSITE_CODE_PATTERN, m.websiteCodeFormat).optional().describe('网站标识码（可选），10 位，例如 3601000001，显示在页脚'),
  governmentSiteBadge: z
    .object({
      image: z.string().trim().regex(/^\/(?!\/)[^\s?#]+$/, m.badgeImagePath).refine((p) => !p.split('/').includes('..'), m.badgeImagePath).describe('标识图片在 public/ 下的路径'),
      link: z.string().trim().regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, m.badgeLink).describe('点击标识打开的核验页面'),
    })
    .optional()
    .describe('党政机关网站标识（可选）：image 写 public/ 下的图片路径，link 写核验页面网址，显示在页脚'),
  synonyms: z
    .array(z.array(z.string().trim().regex(/^[\p{L}\p{N}·-]{2,32}$/u, m.synonymForm), { error: m.synonymGroup }).min(2, m.synonymGroup), { error: m.synonymGroup })
    .default([])
    .describe('搜索用的同义词表（可选）：每行一组，组内的词搜索时互相代替，例如 [民企, 民营企业]；只放指同一事物的词'),
  wechat: z
    .object({
      appId: z.string().regex(/^wx[0-9a-f]{16}$/, '“wechat.appId”应当是公众号的 AppID，例如 wx0123456789abcdef'),
      signatureEndpoint: z
        .string()
        .regex(/^(https:\/\/[^\s]+|\/[^\s]*)$/, '“wechat.signatureEndpoint”应当是 https:// 开头的完整网址，或以 / 开头的本站路径')
        .describe('本组织自己的签名服务地址：收到 ?url=<页面地址> 后返回 {"timestamp","nonceStr","signature"}'),
    })
    .optional()
    .describe('微信 JS-SDK 自定义分享（可选，默认关闭）：需要已认证的公众号，并把本站域名设为“JS接口安全域名”'),
  hstsMaxAge: z
    .string({ error: `“hstsMaxAge”应当是秒数，例如 ${DEFAULT_HSTS_MAX_AGE}（一年）；写 0 关闭` })
    .trim()
    .regex(/^-?\d+$/, `“hstsMaxAge”应当是秒数，例如 ${DEFAULT_HSTS_MAX_AGE}（一年）；写 0 关闭`)
    .transform(Number)
    .pipe(z.number().min(0, '“hstsMaxAge”不能是负数；写 0 关闭'))
    .default(DEFAULT_HSTS_MAX_AGE)
    .describe(`浏览器记住“本站及所有子域名只用 HTTPS 访问”的秒数（可选，默认 ${DEFAULT_HSTS_MAX_AGE}，即一年）；写 0 关闭，已记住的浏览器也会忘掉。开启前请确认所有子域名都已支持 HTTPS`),
  publishableNumbers: z
    .array(z.string('“publishableNumbers”里的每一项都应当是一个号码').trim().min(1, '“publishableNumbers”里有一项是空的'), {
      error: '“publishableNumbers”应当写成列表，例如 [13800138000]',
    })
    .default([])
    .describe('可以公开发布的号码（可选）：本单位对外公布的手机热线、对公账号等。检查时，这些号码不按个人信息报错；其他手机号、身份证号、银行卡号一律报错'),
  dataLicence: z
    .string('“dataLicence”应当是一句话')
    .trim()
    .min(1, '“dataLicence”是空的；不用时请整行删掉')
    .optional()
    .describe('开放数据的使用许可（可选），一句话，显示在 /data/ 页面上并写进每个 JSON 数据文件'),
});

/** The parsed and checked site settings. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** One problem of site.yaml, at its line. */
export interface SiteYamlProblem {
  line: number;
  column: number;
  /** `yaml-syntax` or `site-yaml`, as the editor guide lists them. */
  code: string;
  message: string;
}

/**
 * Reads site.yaml's text the way content files are read (every value as written, see parseYamlWithPositions) and
 * checks it against the schema: the settings, or every problem at its line. `npm run check` and the build both ask this.
 * `"baseUrl: www.x.cn\n…"` → `{ problems: [{ line: 1, column: 10, code: "site-yaml", message: "网站设置 baseUrl：“baseUrl”应当是完整网址…" }] }`
 */
export function parseSiteYaml(source: string): { config?: SiteConfig; problems: SiteYamlProblem[] } {
  const yaml = parseYamlWithPositions(source, 1);
  if (!yaml.data) return { problems: yaml.errors.map(({ line, column, code, message }) => ({ line, column, code, message })) };
  const result = siteConfigSchema.safeParse(yaml.data);
  if (result.success) return { config: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const keys = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { ...yaml.valuePosition(keys), code: 'site-yaml', message: `网站设置 ${keys.join('.') || '（整个文件）'}：${issue.message}` };
  });
  return { problems };
}

/**
 * Reads and checks `<contentDir>/site.yaml`; throws an EditorError with one Chinese line per problem,
 * e.g. `content/site.yaml:4: 网站设置 baseUrl：“baseUrl”应当是完整网址，例如 https://www.example.cn`.
 */
export function loadSiteConfig(contentDir: string): SiteConfig {
  const file = path.join(contentDir, 'site.yaml');
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(readFileSync(file));
  } catch (error) {
    throw new EditorError(`${file}: 无法读取网站设置：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`, { file, line: 1 }, { cause: error });
  }
  if (decoded.encoding !== 'utf-8') throw new EditorError(`${file}:1: ${fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding])}`, { file, line: 1 });
  const { config, problems } = parseSiteYaml(decoded.text ?? '');
  if (config) return config;
  throw new EditorError(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'), { file, line: problems[0]?.line ?? 1 });
}
