/** File types WeChat's browser cannot download on Android: tapping a link to one does nothing there. */
const DOWNLOADS = ['.pdf', '.zip'];

/**
 * Whether a user agent is WeChat's built-in browser (its UA carries `MicroMessenger`, on Android, iOS and PC alike).
 * `"… MicroMessenger/8.0.49.2600 …"` → true; `"… Chrome/126.0 Mobile Safari/537.36"` → false
 */
export function isWeChatBrowser(userAgent: string): boolean {
  return /\bMicroMessenger\//i.test(userAgent);
}

/**
 * Whether a link leads to a PDF or ZIP file on the page's own site, by its path (query and fragment ignored).
 * `("/archives/%E9%94%A6-2024.zip", "https://www.jcgsl.example.cn/years/2024/")` → true; `("/years/2023/", …)` → false
 */
export function isDownloadLink(href: string, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return false;
  }
  const path = url.pathname.toLowerCase();
  return url.origin === new URL(pageUrl).origin && DOWNLOADS.some((ext) => path.endsWith(ext));
}
