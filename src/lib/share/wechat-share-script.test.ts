import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildWechatScript, WECHAT_SDK_URL } from './wechat-share-script.ts';

const META: Record<string, string> = {
  'meta[name="gsl:wechat"]': '{"appId":"wx0123456789abcdef","signatureEndpoint":"https://sign.jcgsl.example.cn/wechat"}',
  'meta[property="og:title"]': '在市工商联十届三次执委会议上的工作报告',
  'meta[property="og:description"]': '部署2024年重点工作。',
  'meta[property="og:url"]': 'https://www.jcgsl.example.cn/reports/2024/zhiwei/',
  'meta[itemprop="image"]': 'https://www.jcgsl.example.cn/share/reports/2024/zhiwei/square.png',
};

/** Runs the shipped script in a fake browser and records what it asks of the network and of WeChat. */
async function runScript(userAgent: string) {
  const calls: unknown[][] = [];
  const appended: { src: string; onload?: () => void }[] = [];
  const wx = {
    config: (options: unknown) => calls.push(['config', options]),
    ready: (callback: () => void) => callback(),
    updateAppMessageShareData: (data: unknown) => calls.push(['friend', data]),
    updateTimelineShareData: (data: unknown) => calls.push(['moments', data]),
  };
  const window = {
    navigator: { userAgent },
    location: { href: 'https://www.jcgsl.example.cn/reports/2024/zhiwei/#part-2' },
    document: {
      querySelector: (selector: string) => (selector in META ? { getAttribute: () => META[selector] } : null),
      createElement: () => ({ src: '' }),
      head: { appendChild: (script: { src: string; onload?: () => void }) => appended.push(script) },
    },
    fetch: async (url: string) => {
      calls.push(['fetch', url]);
      return { ok: true, json: async () => ({ timestamp: 1705536000, nonceStr: 'abc', signature: 'f00d' }) };
    },
    wx,
  };
  runInNewContext(buildWechatScript(), { window, encodeURIComponent, JSON, Promise, Error });
  appended[0]?.onload?.();
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { calls, appended };
}

describe('the WeChat JS-SDK script', () => {
  it('requests nothing outside WeChat', async () => {
    const { calls, appended } = await runScript('Mozilla/5.0 (iPhone) Safari/604.1');
    expect([calls, appended]).toEqual([[], []]);
  });

  it('inside WeChat loads the SDK, has the page address signed and sets the share card from the meta tags', async () => {
    const { calls, appended } = await runScript('Mozilla/5.0 (iPhone) MicroMessenger/8.0.50');
    expect(appended.map((script) => script.src)).toEqual([WECHAT_SDK_URL]);
    expect(calls).toEqual([
      ['fetch', 'https://sign.jcgsl.example.cn/wechat?url=https%3A%2F%2Fwww.jcgsl.example.cn%2Freports%2F2024%2Fzhiwei%2F'],
      ['config', { debug: false, appId: 'wx0123456789abcdef', timestamp: 1705536000, nonceStr: 'abc', signature: 'f00d', jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] }],
      ['friend', { title: META['meta[property="og:title"]'], desc: '部署2024年重点工作。', link: 'https://www.jcgsl.example.cn/reports/2024/zhiwei/', imgUrl: META['meta[itemprop="image"]'] }],
      ['moments', { title: META['meta[property="og:title"]'], link: 'https://www.jcgsl.example.cn/reports/2024/zhiwei/', imgUrl: META['meta[itemprop="image"]'] }],
    ]);
  });
});
