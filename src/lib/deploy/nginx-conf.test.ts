import { describe, expect, it } from 'vitest';
import { renderNginxConf } from './nginx-conf.ts';

const conf = renderNginxConf({});

describe('renderNginxConf', () => {
  it('serves every Pagefind data file as opaque bytes and WebAssembly as wasm', () => {
    expect(conf).toContain('    application/octet-stream pagefind pf_meta pf_index pf_fragment pf_filter;\n');
    expect(conf).toContain('    application/wasm wasm;\n');
  });

  it('maps pretty URLs to index.html and unknown paths to the Chinese 404 page', () => {
    expect(conf).toContain('    try_files $uri $uri/index.html =404;\n');
    expect(conf).toContain('error_page 404 /404.html;\n');
  });

  it('caches Astro’s hashed files for a year in their own prefix location', () => {
    expect(conf).toContain('location ^~ /_astro/ {\n    add_header Cache-Control "public, max-age=31536000, immutable";\n');
  });

  it('revalidates pages and error responses, so a 404 is never kept', () => {
    expect(conf).toContain('location / {\n    try_files $uri $uri/index.html =404;\n    add_header Cache-Control "public, max-age=0, must-revalidate" always;\n');
  });

  it('repeats the security headers in every location, since nginx does not inherit add_header into one that has its own', () => {
    const locations = conf.match(/^location /gm)?.length;
    const policies = conf.match(/add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/g)?.length;
    expect([locations, policies]).toEqual([6, 6]);
  });

  it('sends HSTS and the opener policy from every location, error pages included', () => {
    const hsts = conf.match(/^    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;$/gm)?.length;
    const opener = conf.match(/^    add_header Cross-Origin-Opener-Policy "same-origin" always;$/gm)?.length;
    expect([hsts, opener]).toEqual([6, 6]);
  });

  it('compresses text but not images, archives or Pagefind data', () => {
    const gzipTypes = conf.match(/^gzip_types (.*);$/m)?.[1]?.split(' ');
    expect(gzipTypes).toContain('text/css');
    expect(gzipTypes?.filter((type) => /png|zip|octet-stream|text\/html/.test(type))).toEqual([]);
  });

  it('allows the WeChat JS-SDK host only when the site turns the JS-SDK on', () => {
    const withWechat = renderNginxConf({ wechat: { appId: 'wx0123456789abcdef', signatureEndpoint: '/api/wechat-sign' } });
    expect([conf.includes('res.wx.qq.com'), withWechat.includes("script-src 'self' 'wasm-unsafe-eval' https://res.wx.qq.com;")]).toEqual([false, true]);
  });
});
