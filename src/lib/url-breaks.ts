/*
 * Web addresses on a narrow screen may wrap, but only after a "/": `www.example.cn/` stays whole instead of breaking
 * as `exam/ple.cn`. Pages print the parts with a <wbr> between them and style the address so it breaks nowhere else.
 */

/**
 * A web address cut after each "/" (the "//" of the scheme stays together), for a <wbr> between the parts:
 * `"https://www.example.cn/about/"` → `["https://", "www.example.cn/", "about/"]`.
 */
export function urlBreakParts(url: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < url.length; i += 1) {
    if (url[i] !== '/' || url[i + 1] === '/') continue;
    parts.push(url.slice(start, i + 1));
    start = i + 1;
  }
  if (start < url.length) parts.push(url.slice(start));
  return parts;
}

/** How a web address is shown to readers: without `https://` and a lone trailing "/": `"https://www.example.cn/"` → `"www.example.cn"`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1');
}
