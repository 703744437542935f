import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, headersFor, renderHeadersFile, securityHeaders } from './headers.ts';

const wechat = { appId: 'wx0123456789abcdef', signatureEndpoint: 'https://api.jcgsl.example.cn/wechat/sign' };

describe('buildContentSecurityPolicy', () => {
  it('allows only the site’s own files and WebAssembly compilation by default', () => {
    expect(buildContentSecurityPolicy({})).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });

  it('never allows inline scripts or eval', () => {
    expect(buildContentSecurityPolicy({ wechat })).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('lets the WeChat JS-SDK load and the organisation’s signature endpoint answer when site.yaml turns it on', () => {
    const policy = buildContentSecurityPolicy({ wechat });
    expect([policy.match(/script-src [^;]*/)?.[0], policy.match(/connect-src [^;]*/)?.[0]]).toEqual([
      "script-src 'self' 'wasm-unsafe-eval' https://res.wx.qq.com",
      "connect-src 'self' https://api.jcgsl.example.cn",
    ]);
  });

  it('needs no extra host for a signature endpoint on the site itself', () => {
    const policy = buildContentSecurityPolicy({ wechat: { ...wechat, signatureEndpoint: '/api/wechat-sign' } });
    expect(policy.match(/connect-src [^;]*/)?.[0]).toBe("connect-src 'self'");
  });
});

describe('securityHeaders', () => {
  it('forbids content sniffing, trims the referrer and switches off camera, microphone and location', () => {
    const headers = securityHeaders({});
    expect([headers['X-Content-Type-Options'], headers['Referrer-Policy']]).toEqual(['nosniff', 'strict-origin-when-cross-origin']);
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });
});

describe('headersFor', () => {
  it('combines type, caching and security headers for one file', () => {
    const headers = headersFor('/pagefind/index/zh-cn_adac315.pf_index', {});
    expect([headers['Content-Type'], headers['Cache-Control'], headers['X-Content-Type-Options']]).toEqual(['application/octet-stream', 'public, max-age=31536000, immutable', 'nosniff']);
  });
});

describe('renderHeadersFile', () => {
  it('puts the security headers on every path and caching on the hashed folders', () => {
    const file = renderHeadersFile({});
    expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';");
    expect(file).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('lists the site-wide block first, then one block per caching rule', () => {
    const patterns = renderHeadersFile({}).split('\n').filter((line) => line.startsWith('/'));
    expect(patterns).toEqual(['/*', '/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/share/*']);
  });
});
