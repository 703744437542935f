import { Parser } from 'htmlparser2';
import type { ShareData, ShareKind } from './types.ts';

/** The `name` of the one meta element that carries a page's ShareData to the build step. */
export const SHARE_META_NAME = 'gsl:share';

const KINDS: readonly ShareKind[] = ['report', 'honor', 'story', 'enterprise', 'year', 'home', 'listing', 'page', 'compilation'];

/** ShareData as the `content` of the meta element: `{ kind: "year", … }` → `'{"kind":"year",…}'`. */
export function serializeShareData(share: ShareData): string {
  return JSON.stringify(share);
}

/**
 * The decoded `content` of the first `<meta name="gsl:share">`, read with an HTML parser, so any character a title
 * holds (`>`, `<`, `&`, quotes) comes back as written: `<meta name="gsl:share" content="A&gt;B">` → `"A>B"`. The meta
 * is in the head (ShareMeta.astro): the parser stops there, at the meta or at `<body>`, instead of reading the whole
 * page (every built page is read this way twice a build: 2.3 s for the large benchmark site's 4,499 pages read whole).
 */
export function readShareMetaContent(html: string): string | undefined {
  let content: string | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta' && attribs['name'] === SHARE_META_NAME) content = attribs['content'] ?? '';
        if (content !== undefined || name === 'body') parser.pause();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  return content;
}

/** Reads the ShareData a built page carries; `undefined` when the page has none (redirects, 404). Throws on a malformed one. */
export function readShareData(html: string): ShareData | undefined {
  const content = readShareMetaContent(html);
  return content === undefined ? undefined : checkShareData(JSON.parse(content));
}

function checkShareData(value: unknown): ShareData {
  const data = value as Partial<Record<keyof ShareData, unknown>>;
  const problems: string[] = [];
  if (!KINDS.includes(data.kind as ShareKind)) problems.push(`kind 应当是 ${KINDS.join('/')} 之一`);
  if (typeof data.title !== 'string' || !data.title.trim()) problems.push('缺少 title');
  if (typeof data.description !== 'string') problems.push('缺少 description');
  if (typeof data.pagePath !== 'string' || !/^\/(.*\/)?$/.test(data.pagePath)) problems.push('pagePath 应当以 / 开头和结尾');
  if (data.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(data.date))) problems.push('date 应当写成 2024-01-18');
  if (data.year !== undefined && !Number.isInteger(data.year)) problems.push('year 应当是整数');
  if (data.count !== undefined && !Number.isInteger(data.count)) problems.push('count 应当是整数');
  if (data.people !== undefined && !Number.isInteger(data.people)) problems.push('people 应当是整数');
  const texts = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (data.keep !== undefined && !texts(data.keep)) problems.push('keep 应当是文字列表');
  if (data.parts !== undefined && !texts(data.parts)) problems.push('parts 应当是文字列表');
  const group = (g: unknown) => typeof g === 'object' && g !== null && typeof (g as { heading?: unknown }).heading === 'string' && Number.isInteger((g as { count?: unknown }).count) && texts((g as { names?: unknown }).names);
  if (data.groups !== undefined && !(Array.isArray(data.groups) && data.groups.every(group))) problems.push('groups 应当是 { heading, count, names } 的列表');
  if (data.quote !== undefined && typeof (data.quote as { text?: unknown } | null)?.text !== 'string') problems.push('quote 应当有 text');
  if (data.image !== undefined && typeof (data.image as { src?: unknown } | null)?.src !== 'string') problems.push('image 应当有 src');
  if (problems.length > 0) throw new Error(problems.join('；'));
  return data as ShareData;
}

/**
 * The attributes of `<html>` on every page that carries ShareMeta: its `itemprop` tags (name, description, image,
 * which WeChat and QQ read) are valid HTML only inside an item scope, and the document is that item.
 * `<html lang="zh-CN" {...DOCUMENT_ITEM_SCOPE}>` → `<html lang="zh-CN" itemscope itemtype="https://schema.org/WebPage">`
 */
export const DOCUMENT_ITEM_SCOPE = { itemscope: true, itemtype: 'https://schema.org/WebPage' } as const;
