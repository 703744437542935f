import { DEFAULT_HSTS_MAX_AGE, type SiteConfig } from '../site-config.ts';
import { WECHAT_SDK_URL } from '../share/wechat-share-script.ts';
import { CACHE_RULES, cacheControlFor } from './cache-rules.ts';
import { contentTypeFor } from './content-types.ts';

/**
 * The part of site.yaml the headers depend on: the optional WeChat JS-SDK widens the CSP, `hstsMaxAge` sets
 * Strict-Transport-Security (site.yaml's default when absent).
 */
export type HeaderSite = Pick<SiteConfig, 'wechat'> & Partial<Pick<SiteConfig, 'hstsMaxAge'>>;

/**
 * Browser features no page here uses, switched off so that no script can use them either. FLoC's
 * `interest-cohort` is left out: it was retired (browsing-topics replaced it) and Chromium builds of its
 * time log an "Unrecognized feature" error for names they do not know.
 */
const DISABLED_FEATURES = ['accelerometer', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

/**
 * The Content-Security-Policy: only this site's own files, no inline script or style, no eval. Pagefind
 * compiles WebAssembly, which needs `'wasm-unsafe-eval'` and nothing wider. With the WeChat JS-SDK on,
 * res.wx.qq.com may serve scripts and the organisation's signature endpoint may be fetched; the SDK's
 * usage beacon (an image from open.weixin.qq.com) stays blocked, which changes nothing for sharing.
 * `{}` → `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"`
 */
export function buildContentSecurityPolicy(site: HeaderSite): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'"];
  const connect = ["'self'"];
  if (site.wechat) {
    scripts.push(new URL(WECHAT_SDK_URL).origin);
    const endpoint = site.wechat.signatureEndpoint;
    if (/^https:\/\//.test(endpoint)) connect.push(new URL(endpoint).origin);
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scripts],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Strict-Transport-Security: after one HTTPS visit, browsers use HTTPS for the site and its subdomains for
 * `hstsMaxAge` seconds, so no one on the network can serve a reader a forged HTTP page. 0 sends `max-age=0`,
 * which makes browsers that remembered the rule forget it (RFC 6797 §6.1.1), rather than staying silent.
 * `{}` → `"max-age=31536000; includeSubDomains"`; `{ hstsMaxAge: 0 }` → `"max-age=0"`
 */
export function strictTransportSecurity(site: HeaderSite): string {
  const maxAge = site.hstsMaxAge ?? DEFAULT_HSTS_MAX_AGE;
  return maxAge > 0 ? `max-age=${maxAge}; includeSubDomains` : 'max-age=0';
}

/**
 * The security headers every response carries, HTML or not (a 404 page is HTML too). Cross-Origin-Opener-Policy
 * keeps a page that a reader opens from here from reaching back into this window (no page here opens pop-ups).
 */
export function securityHeaders(site: HeaderSite): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(site),
    'Strict-Transport-Security': strictTransportSecurity(site),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}

/**
 * Everything a server should send with one file of the built site: type, caching and security headers.
 * `"/_astro/Base.B2x9.css"` → `{ "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable", … }`
 */
export function headersFor(sitePath: string, site: HeaderSite): Record<string, string> {
  return { 'Content-Type': contentTypeFor(sitePath), 'Cache-Control': cacheControlFor(sitePath), ...securityHeaders(site) };
}

/**
 * The `_headers` file for Netlify and Cloudflare Pages. Paths that no rule names keep both platforms'
 * default `Cache-Control: public, max-age=0, must-revalidate`, which is the rule for pages here.
 */
export function renderHeadersFile(site: HeaderSite): string {
  const lines = [
    '# 由 npm run headers 根据 src/lib/deploy/ 生成，请勿手改。Netlify / Cloudflare Pages 的 _headers 格式。',
    '# 未列出的文件（页面、pagefind-entry.json、sitemap、rss.xml、theme.css、archives/*.zip）',
    '# 使用平台默认的 Cache-Control: public, max-age=0, must-revalidate（每次向服务器确认是否更新）。',
    '',
    '/*',
    ...Object.entries(securityHeaders(site)).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of CACHE_RULES) lines.push('', `# ${rule.reason}`, rule.pattern, `  Cache-Control: ${rule.cacheControl}`);
  return `${lines.join('\n')}\n`;
}
