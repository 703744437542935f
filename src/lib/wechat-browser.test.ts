import { describe, expect, it } from 'vitest';
import { isDownloadLink, isWeChatBrowser } from './wechat-browser.ts';

const page = 'https://www.jcgsl.example.cn/years/2024/';

describe('isWeChatBrowser', () => {
  it('knows WeChat on Android and iOS by MicroMessenger in the user agent', () => {
    expect(isWeChatBrowser('Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240301 MMWEBID/4431 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64')).toBe(true);
    expect(isWeChatBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.48(0x18003029) NetType/WIFI Language/zh_CN')).toBe(true);
  });

  it('leaves every other browser alone', () => {
    expect(isWeChatBrowser('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36')).toBe(false);
  });
});

describe('isDownloadLink', () => {
  it('knows the year bundle and the year PDF by their paths, encoded or not', () => {
    expect(isDownloadLink('/archives/%E9%94%A6%E5%B7%9D-2024.zip', page)).toBe(true);
    expect(isDownloadLink('/archives/锦川工商联-2024-年度汇编.PDF?v=2#p3', page)).toBe(true);
  });

  it('passes pages, other sites and broken addresses through', () => {
    expect(isDownloadLink('/years/2023/', page)).toBe(false);
    expect(isDownloadLink('https://example.com/a.pdf', page)).toBe(false);
    expect(isDownloadLink('http://[', page)).toBe(false);
  });
});
