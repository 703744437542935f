/** Where the build writes the JS-SDK glue when `site.yaml` turns the JS-SDK on. */
export const WECHAT_SCRIPT_PATH = '/share/wechat-share.js';

/** The JS-SDK file; requested only inside WeChat and only when the JS-SDK is on. */
export const WECHAT_SDK_URL = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';

/** The settings ShareMeta puts in `<meta name="gsl:wechat">`. */
export interface WechatSettings {
  appId: string;
  signatureEndpoint: string;
}

interface WechatSdk {
  config(options: Record<string, unknown>): void;
  ready(callback: () => void): void;
  updateAppMessageShareData(data: Record<string, string>): void;
  updateTimelineShareData(data: Record<string, string>): void;
}

/**
 * Runs in the reader's browser (shipped as a file, never inline, so a strict CSP holds): inside WeChat it
 * loads the JS-SDK, asks the organisation's signature endpoint to sign this page's address, and hands WeChat
 * the title, summary and square thumbnail that the page's meta tags already carry. Any failure leaves
 * WeChat's default share card, which is what a page without the JS-SDK gets anyway.
 */
export function setUpWechatShare(win: Window & { wx?: WechatSdk }, sdkUrl: string): void {
  const doc = win.document;
  if (!/MicroMessenger/i.test(win.navigator.userAgent)) return;
  const read = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
  const settings = JSON.parse(read('meta[name="gsl:wechat"]') || 'null') as WechatSettings | null;
  if (!settings) return;
  const share = { title: read('meta[property="og:title"]'), desc: read('meta[property="og:description"]'), link: read('meta[property="og:url"]'), imgUrl: read('meta[itemprop="image"]') };
  const script = doc.createElement('script');
  script.src = sdkUrl;
  script.onload = () => {
    const page = win.location.href.split('#')[0] ?? '';
    const endpoint = settings.signatureEndpoint;
    win
      .fetch(`${endpoint}${endpoint.includes('?') ? '&' : '?'}url=${encodeURIComponent(page)}`, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((signed: { timestamp: number | string; nonceStr: string; signature: string }) => {
        const wx = win.wx;
        if (!wx) return;
        wx.config({ debug: false, appId: settings.appId, timestamp: signed.timestamp, nonceStr: signed.nonceStr, signature: signed.signature, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
        wx.ready(() => {
          wx.updateAppMessageShareData(share);
          wx.updateTimelineShareData({ title: share.title, link: share.link, imgUrl: share.imgUrl });
        });
      })
      .catch(() => {});
  };
  doc.head.appendChild(script);
}

/** The glue as the file the build writes: `(function setUpWechatShare(…){…})(window, "https://res.wx.qq.com/…");`. */
export function buildWechatScript(): string {
  return `(${setUpWechatShare.toString()})(window, ${JSON.stringify(WECHAT_SDK_URL)});\n`;
}
