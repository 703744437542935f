import { buildContentSecurityPolicy, type HeaderSite } from '../deploy/headers.ts';

/** Directives a `<meta http-equiv>` policy cannot carry; browsers ignore them there (and say so in the console). */
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The site's Content-Security-Policy (deploy/headers.ts) as the offline pages of a year's bundle carry it in a
 * `<meta http-equiv>`: the same sources, without what a meta policy cannot say, and with the live site allowed as a
 * form target, since the offline search box sends its query there.
 * `{ baseUrl: "https://www.jcgsl.example.cn" }` → `"default-src 'self'; …; form-action 'self' https://www.jcgsl.example.cn"`
 */
export function offlineContentSecurityPolicy(site: HeaderSite & { baseUrl: string }): string {
  const origin = new URL(site.baseUrl).origin;
  return buildContentSecurityPolicy(site)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !NOT_IN_META.has(directive.split(/\s+/)[0] ?? ''))
    .map((directive) => (directive.split(/\s+/)[0] === 'form-action' ? `${directive} ${origin}` : directive))
    .join('; ');
}
