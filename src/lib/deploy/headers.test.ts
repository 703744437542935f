import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, headersFor, renderHeadersFile, securityHeaders, strictTransportSecurity } from './headers.ts';

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

  it('keeps other sites’ windows from reaching into ours and sends HSTS with every response', () => {
    const headers = securityHeaders({});
    expect([headers['Cross-Origin-Opener-Policy'], headers['Strict-Transport-Security']]).toEqual(['same-origin', 'max-age=31536000; includeSubDomains']);
  });
});

describe('strictTransportSecurity', () => {
  it('keeps browsers on HTTPS for the site and its subdomains for a year by default', () => {
    expect(strictTransportSecurity({})).toBe('max-age=31536000; includeSubDomains');
  });

  it('takes the time from site.yaml, and for 0 tells browsers to forget the rule instead of saying nothing', () => {
    expect([strictTransportSecurity({ hstsMaxAge: 600 }), strictTransportSecurity({ hstsMaxAge: 0 })]).toEqual(['max-age=600; includeSubDomains', 'max-age=0']);
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

  it('writes HSTS and the opener policy into the site-wide block', () => {
    expect(renderHeadersFile({ hstsMaxAge: 86400 })).toMatch(/^\/\*\n(?:  .*\n)*  Strict-Transport-Security: max-age=86400; includeSubDomains\n(?:  .*\n)*  Cross-Origin-Opener-Policy: same-origin\n/m);
  });

  it('lists the site-wide block first, then one block per caching rule', () => {
    const patterns = renderHeadersFile({}).split('\n').filter((line) => line.startsWith('/'));
    expect(patterns).toEqual(['/*', '/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/share/*']);
  });
});
