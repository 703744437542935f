import path from 'node:path';
import { applyEdits, escapeAttribute, serializeStartTag, walkElements, type Edit, type ElementInfo } from './html-edits.ts';

/** What the rewriter needs to know about the bundle a page goes into. */
export interface OfflineContext {
  /** The page's own path inside the bundle, e.g. `"reports/2024/zhiwei/index.html"`. */
  file: string;
  /** The bundle file of a site page (`"/reports/2024/zhiwei/"` → `"reports/2024/zhiwei/index.html"`), or undefined when the page stays online. */
  pageFile(pagePath: string): string | undefined;
  /** Whether a site path is a file (CSS, image, script) of the build that the bundle should carry. */
  isAsset(sitePath: string): boolean;
  /** The live site, e.g. `"https://www.jcgsl.example.cn"`. */
  baseUrl: string;
  /** The policy put in a `<meta http-equiv="Content-Security-Policy">` first in `<head>` (offline-csp.ts): a page opened from disk gets no headers. */
  csp?: string | undefined;
}

/** A page ready for the bundle, and the site files it needs beside it. */
export interface OfflinePage {
  html: string;
  /** Site paths such as `"/_astro/Base.css"`, each once, sorted. */
  assets: string[];
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'] as const;

/**
 * Parts left out of the offline copy. Templates mark with `data-archive-omit` what lists other years (year lists,
 * related stories, the bundle itself), so this year's bytes do not change whenever another year changes.
 */
function isOmitted(element: ElementInfo): boolean {
  const { name, attribs } = element;
  if ('data-archive-omit' in attribs) return true;
  // Build plumbing: it names the content folder's path, which says nothing to a reader and varies between checkouts.
  if (name === 'meta' && attribs['name'] === 'gsl:share') return true;
  // Module scripts (search helpers) never run from file://, and the copy needs no search: its form goes to the live site.
  return name === 'script' && (attribs['type'] === 'module' || (attribs['src'] ?? '').startsWith('/pagefind/'));
}

/**
 * Turns one root-relative link into what works from the unzipped folder: pages and files inside the bundle become
 * relative paths, everything else the live address.
 * `"/reports/2024/x/#s1"` from `"years/2024/index.html"` → `"../../reports/2024/x/index.html#s1"`; `"/enterprises/a/"` → `"https://…/enterprises/a/"`
 */
export function resolveOfflineLink(href: string, context: OfflineContext, assets?: Set<string>): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [, rawPath = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href) ?? [];
  let sitePath = rawPath;
  try {
    sitePath = decodeURI(rawPath);
  } catch {
    // A malformed escape is left as written; it simply never matches a bundled file.
  }
  const target = context.pageFile(sitePath) ?? (context.isAsset(sitePath) ? sitePath.slice(1) : undefined);
  if (target === undefined) return `${context.baseUrl}${href}`;
  if (target === sitePath.slice(1)) assets?.add(sitePath);
  const relative = path.posix.relative(path.posix.dirname(context.file), target) || path.posix.basename(target);
  return encodeURI(relative) + rest;
}

function rewriteSrcset(value: string, context: OfflineContext, assets: Set<string>): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolveOfflineLink(url, context, assets)))
    .join(', ');
}

/**
 * Rewrites a built page for the offline copy: links resolved with `resolveOfflineLink`, parts about other years dropped,
 * the Content-Security-Policy put first in `<head>` when the context has one, everything else byte for byte as built.
 */
export function rewriteForOffline(html: string, context: OfflineContext): OfflinePage {
  const edits: Edit[] = [];
  const assets = new Set<string>();
  let omitted: ElementInfo | undefined;
  walkElements(html, {
    open(element) {
      if (omitted) return;
      if (isOmitted(element)) {
        omitted = element;
        return;
      }
      if (element.name === 'head' && context.csp) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(context.csp)}">`;
        edits.push({ start: element.start, end: element.openEnd, text: html.slice(element.start, element.openEnd) + meta });
        return;
      }
      const attribs = { ...element.attribs };
      let changed = false;
      for (const name of URL_ATTRIBUTES) {
        const value = attribs[name];
        if (value === undefined) continue;
        attribs[name] = resolveOfflineLink(value, context, assets);
        changed ||= attribs[name] !== value;
      }
      const srcset = attribs['srcset'];
      if (srcset !== undefined) {
        attribs['srcset'] = rewriteSrcset(srcset, context, assets);
        changed ||= attribs['srcset'] !== srcset;
      }
      const selfClosing = html.slice(element.start, element.openEnd).endsWith('/>');
      if (changed) edits.push({ start: element.start, end: element.openEnd, text: serializeStartTag(element.name, attribs, selfClosing) });
    },
    close(element, end) {
      if (element !== omitted) return;
      edits.push({ start: element.start, end: end.end, text: '' });
      omitted = undefined;
    },
  });
  return { html: applyEdits(html, edits), assets: [...assets].sort() };
}

/**
 * Rewrites root-relative `url(…)` in a stylesheet the same way, for a CSS file placed at `file` in the bundle.
 * `"url(/fonts/a.woff2)"` in `"_astro/x.css"` → `"url(../fonts/a.woff2)"`
 */
export function rewriteCssUrls(css: string, context: OfflineContext): { css: string; assets: string[] } {
  const assets = new Set<string>();
  const rewritten = css.replace(/url\(\s*(['"]?)(\/[^'")\s]+)\1\s*\)/g, (_all, quote: string, url: string) => `url(${quote}${resolveOfflineLink(url, context, assets)}${quote})`);
  return { css: rewritten, assets: [...assets].sort() };
}
