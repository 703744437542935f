/** Messages about content files themselves: their names and how their bytes are encoded. */
export const fileMessages = {
  /** `("报告.MD", "报告.md")` → `扩展名要写成小写：请把“报告.MD”改名为“报告.md”，否则网站不会发布它` */
  renameExtension: (name: string, renameTo: string) => `扩展名要写成小写：请把“${name}”改名为“${renameTo}”，否则网站不会发布它`,
  /** `("GB18030（GBK）")` → one line saying the file is not UTF-8, which encoding it looks like and how to fix it. */
  notUtf8: (encoding: string) =>
    `文件不是 UTF-8 编码（看起来是 ${encoding}），直接发布会变成乱码；请用记事本或 WPS“另存为”，编码选“UTF-8”，或用 npm run import 转换`,
  /** What `npm run import` says when it converted a text file: `("GB18030（GBK）")`. */
  converted: (encoding: string) => `原文件是 ${encoding} 编码，已转换为 UTF-8`,
  /** Names of the encodings the detector tells apart, as editors know them. */
  encodingNames: {
    'utf-16le': 'UTF-16（Unicode）',
    'utf-16be': 'UTF-16 BE（Unicode big endian）',
    gb18030: 'GB18030（GBK）',
    big5: 'Big5（繁体）',
    unknown: '未知的编码',
  },
} as const;
