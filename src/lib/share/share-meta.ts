import type { ShareData, ShareKind } from './types.ts';

/** The `name` of the one meta element that carries a page's ShareData to the build step. */
export const SHARE_META_NAME = 'gsl:share';

const KINDS: readonly ShareKind[] = ['report', 'honor', 'story', 'enterprise', 'year', 'home', 'listing', 'page'];
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** ShareData as the `content` of the meta element: `{ kind: "year", … }` → `'{"kind":"year",…}'`. */
export function serializeShareData(share: ShareData): string {
  return JSON.stringify(share);
}

/** Decodes the entities an HTML serialiser puts in attribute values: `"&quot;a&amp;b&#39;"` → `"\"a&b'"`. */
export function decodeHtmlAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeHtmlAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Reads the ShareData a built page carries; `undefined` when the page has none (redirects, 404). Throws on a malformed one. */
export function readShareData(html: string): ShareData | undefined {
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
    const attributes = readAttributes(tag);
    if (attributes.get('name') !== SHARE_META_NAME) continue;
    return checkShareData(JSON.parse(attributes.get('content') ?? ''));
  }
  return undefined;
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
  if (problems.length > 0) throw new Error(problems.join('；'));
  return data as ShareData;
}
