/**
 * Content-Type of every kind of file the build writes, by extension. One table feeds the S3 upload, the
 * nginx `types` block and the test server, so all three serve a file the same way.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  // Pagefind's index files are gzip data its own script unpacks: they must reach it as opaque bytes,
  // never with a Content-Encoding that makes the browser unpack them first.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  zip: 'application/zip',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** What a file of unknown kind is served as. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Files named without an extension that the build writes on purpose. */
const BY_NAME: Readonly<Record<string, string>> = { _headers: 'text/plain; charset=utf-8', _redirects: 'text/plain; charset=utf-8' };

/**
 * The Content-Type to serve a site path with.
 * `"/reports/2024/x/index.html"` → `"text/html; charset=utf-8"`; `"/pagefind/wasm.unknown.pagefind"` → `"application/octet-stream"`
 */
export function contentTypeFor(sitePath: string): string {
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const byName = BY_NAME[name];
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return DEFAULT_CONTENT_TYPE;
  return CONTENT_TYPES[name.slice(dot + 1).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

/** Whether a type is text a server should compress on the fly (images, archives and Pagefind data already are). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg\+xml)/.test(contentType);
}
