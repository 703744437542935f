/** The three images every page gets. */
export type ShareImageKind = 'card' | 'square' | 'poster';

/** Pixel size of each image: the Open Graph card, WeChat's square thumbnail and the share poster. */
export const shareImageSizes: Readonly<Record<ShareImageKind, { width: number; height: number }>> = {
  card: { width: 1200, height: 630 },
  square: { width: 400, height: 400 },
  poster: { width: 1080, height: 1920 },
};

/** Where the home page's images live; "_" cannot appear in a slug, so no page can collide with it. */
const HOME_FOLDER = '/share/_site/';

/**
 * Site-relative URLs of a page's share images.
 * `"/reports/2024/zhiwei/"` → `{ card: "/share/reports/2024/zhiwei/card.png", square: ".../square.png", poster: ".../poster.png" }`;
 * `"/"` → `{ card: "/share/_site/card.png", … }`
 */
export function sharePaths(pagePath: string): Record<ShareImageKind, string> {
  if (!pagePath.startsWith('/') || !pagePath.endsWith('/') || pagePath.includes('..')) {
    throw new Error(`分享图片的页面路径应当以 / 开头和结尾，例如 /reports/2024/zhiwei/，而不是 ${JSON.stringify(pagePath)}`);
  }
  const folder = pagePath === '/' ? HOME_FOLDER : `/share${pagePath}`;
  return { card: `${folder}card.png`, square: `${folder}square.png`, poster: `${folder}poster.png` };
}

/**
 * Joins the site's base URL and a site-relative path, percent-encoding non-ASCII path characters.
 * `("https://www.jcgsl.example.cn", "/share/_site/card.png")` → `"https://www.jcgsl.example.cn/share/_site/card.png"`
 */
export function toAbsoluteUrl(baseUrl: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), `${baseUrl.replace(/\/+$/, '')}/`).href;
}
