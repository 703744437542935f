/** A year, and never asked again: for files whose name changes whenever their content does. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server (ETag → 304) on every use: for files whose name stays when they change. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';
/** A day: share images are named after their page, not their content, and only crawlers fetch them often. */
export const CACHE_ONE_DAY = 'public, max-age=86400';

/**
 * One caching rule. `pattern` is a site path or a folder ending in `/*`: the one form that Netlify,
 * Cloudflare Pages and an nginx prefix location all read the same way. Patterns never overlap, because
 * Cloudflare joins the values of every rule that matches.
 */
export interface CacheRule {
  pattern: string;
  cacheControl: string;
  /** Why, in Chinese, written as a comment into the generated `_headers` and nginx files. */
  reason: string;
}

/**
 * Every path not matched here gets CACHE_REVALIDATE: pages, 404.html, pagefind-entry.json and Pagefind's
 * scripts, the wasm.*.pagefind files (named by language, not content), sitemaps, rss.xml, theme.css,
 * care.js, archives/<year>.zip (same name every year), _headers. Pagefind's pagefind.<lang>_<hash>.pf_meta
 * is content-hashed too, but it shares a folder with the unhashed files and no portable pattern can
 * single it out, so it is revalidated: one 304 per search.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { pattern: '/_astro/*', cacheControl: CACHE_IMMUTABLE, reason: 'Astro 生成的样式、脚本和图片，文件名带内容哈希' },
  { pattern: '/pagefind/fragment/*', cacheControl: CACHE_IMMUTABLE, reason: 'Pagefind 搜索片段，文件名带内容哈希' },
  { pattern: '/pagefind/index/*', cacheControl: CACHE_IMMUTABLE, reason: 'Pagefind 索引分块，文件名带内容哈希' },
  { pattern: '/pagefind/filter/*', cacheControl: CACHE_IMMUTABLE, reason: 'Pagefind 筛选数据，文件名带内容哈希' },
  { pattern: '/share/*', cacheControl: CACHE_ONE_DAY, reason: '分享图片按页面命名、不带哈希：改了标题，一天内更新' },
];

/**
 * Whether a site path falls under a rule's pattern.
 * `("/_astro/*", "/_astro/Base.B2x9.css")` → true; `("/_astro/*", "/_astro")` → false
 */
export function matchesPattern(pattern: string, sitePath: string): boolean {
  return pattern.endsWith('/*') ? sitePath.startsWith(pattern.slice(0, -1)) : sitePath === pattern;
}

/**
 * The Cache-Control to serve a site path with.
 * `"/_astro/Base.B2x9kd3a.css"` → `"public, max-age=31536000, immutable"`; `"/reports/2024/x/index.html"` → `"public, max-age=0, must-revalidate"`
 */
export function cacheControlFor(sitePath: string): string {
  return CACHE_RULES.find((rule) => matchesPattern(rule.pattern, sitePath))?.cacheControl ?? CACHE_REVALIDATE;
}

/** Whether a path is content-hashed and so never changes under its name. */
export function isImmutablePath(sitePath: string): boolean {
  return cacheControlFor(sitePath) === CACHE_IMMUTABLE;
}
