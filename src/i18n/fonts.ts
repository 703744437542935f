/** Messages about characters the bundled fonts cannot draw: one wording for the check and the share-image step. */
export const fontMessages = {
  /**
   * `("𰻞", "U+30EDE", 2)` → `网站自带的字体里没有“𰻞”（U+30EDE）（本行共 2 处）：分享图片和年度汇编 PDF 会把它印成方框……`
   */
  undrawable: (char: string, codePoint: string, count = 1) =>
    `网站自带的字体里没有“${char}”（${codePoint}）${count > 1 ? `（本行共 ${count} 处）` : ''}：分享图片和年度汇编 PDF 会把它印成方框，读者的手机也可能显示不出；网站照常发布。如果有常用的写法，可以改用常用字`,
  /** The build's line about the pages' rare-glyph web font: `("𠮷䶮", 3, 2400, 180)`. */
  webFont: (chars: string, pages: number, bytes: number, ms: number) =>
    `生僻字网页字体：${[...chars].length} 个字（${chars}），${pages} 个页面引用，字体 ${(bytes / 1024).toFixed(1)} KB，用时 ${ms} 毫秒`,
  /** The share step's line for one page: `("content/x.md:2", "/stories/2024/x/", message)`. */
  onSharePage: (where: string, page: string, message: string) => `${where}  警告  ${message}（页面 ${page} 的分享图片）`,
} as const;
