import { CACHE_REVALIDATE, CACHE_RULES } from './cache-rules.ts';
import { CONTENT_TYPES, DEFAULT_CONTENT_TYPE, isCompressible } from './content-types.ts';
import { securityHeaders, type HeaderSite } from './headers.ts';

/** `"text/css; charset=utf-8"` → `"text/css"` */
function bareType(contentType: string): string {
  return contentType.split(';')[0]!.trim();
}

/** One `types { … }` line per type, extensions in table order: `application/wasm wasm;`. */
function renderTypes(): string[] {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES)) byType.set(bareType(type), [...(byType.get(bareType(type)) ?? []), extension]);
  return [...byType].map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`);
}

/** Types nginx should label UTF-8 or compress; text/html is always included and naming it again warns. */
function typesWhere(keep: (contentType: string) => boolean): string {
  const types = new Set(Object.values(CONTENT_TYPES).filter(keep).map(bareType));
  types.delete('text/html');
  return [...types].join(' ');
}

/**
 * add_header lines for one location: nginx drops the server's add_header wherever a location has its own.
 * Outside `location /`, Cache-Control goes on successful responses only, so an error is never kept a year.
 */
function renderHeaders(cacheControl: string, site: HeaderSite, cacheErrors: boolean): string[] {
  const cache = `    add_header Cache-Control "${cacheControl}"${cacheErrors ? ' always' : ''};`;
  return [cache, ...Object.entries(securityHeaders(site)).map(([name, value]) => `    add_header ${name} "${value}" always;`)];
}

/** `"/_astro/*"` → `"location ^~ /_astro/"`; `"/robots.txt"` → `"location = /robots.txt"` */
function renderLocation(pattern: string): string {
  return pattern.endsWith('/*') ? `location ^~ ${pattern.slice(0, -1)}` : `location = ${pattern}`;
}

/**
 * The nginx snippet to include inside a `server { … }` whose `root` is the built dist/: the same types,
 * caching and security headers as the S3 upload and `_headers`, pretty URLs, the Chinese 404 page.
 */
export function renderNginxConf(site: HeaderSite): string {
  const lines = [
    '# 由 npm run headers 根据 src/lib/deploy/ 生成，请勿手改。',
    '# 用法：放在 server { … } 里，root 指向构建出的 dist/，例如',
    '#   server { listen 443 ssl; server_name www.example.cn; root /srv/gsl/dist; include /etc/nginx/snippets/gsl-site.conf; }',
    '',
    '# 本站会产生的全部文件类型（这里的 types 取代 mime.types，而不是追加）。',
    '# Pagefind 的索引文件是它自己解压的 gzip 数据，必须按原样（application/octet-stream）送出。',
    'types {',
    ...renderTypes(),
    '}',
    `default_type ${DEFAULT_CONTENT_TYPE};`,
    'charset utf-8;',
    `charset_types ${typesWhere((type) => type.includes('charset=utf-8'))};`,
    '',
    '# 文本即时压缩；图片、zip 和 Pagefind 数据本身已压缩，不再压缩。',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 1024;',
    `gzip_types ${typesWhere(isCompressible)};`,
    '# 若部署前为文本文件生成了 .gz / .br 副本，或 nginx 装有 ngx_brotli 模块，可打开：',
    '# gzip_static on;',
    `# brotli on; brotli_static on; brotli_types ${typesWhere(isCompressible)};`,
    '',
    'index index.html;',
    'error_page 404 /404.html;',
    '',
    '# 页面及其余不带哈希的文件：每次向服务器确认是否更新（ETag → 304）。',
    'location / {',
    '    try_files $uri $uri/index.html =404;',
    ...renderHeaders(CACHE_REVALIDATE, site, true),
    '}',
  ];
  for (const rule of CACHE_RULES) lines.push('', `# ${rule.reason}`, `${renderLocation(rule.pattern)} {`, ...renderHeaders(rule.cacheControl, site, false), '}');
  return `${lines.join('\n')}\n`;
}
