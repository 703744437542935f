import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../deploy/headers.ts';
import { offlineContentSecurityPolicy } from './offline-csp.ts';

const site = { baseUrl: 'https://www.jcgsl.example.cn' };

describe('offlineContentSecurityPolicy', () => {
  it('keeps every directive of the site’s policy that a meta policy supports, and drops frame-ancestors', () => {
    const policy = offlineContentSecurityPolicy(site);
    const names = (p: string) => p.split('; ').map((d) => d.split(' ')[0]);
    expect(names(policy)).toEqual(names(buildContentSecurityPolicy({})).filter((n) => n !== 'frame-ancestors'));
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
  });

  it('lets the offline search form send its query to the live site', () => {
    expect(offlineContentSecurityPolicy(site)).toContain("form-action 'self' https://www.jcgsl.example.cn");
  });

  it('follows the site’s policy when the WeChat JS-SDK widens it', () => {
    const wechat = { appId: 'wx0123456789abcdef', signatureEndpoint: 'https://api.jcgsl.example.cn/sign' };
    expect(offlineContentSecurityPolicy({ ...site, wechat })).toContain('https://res.wx.qq.com');
  });
});
