/** What `npm run wechat` says, and the closing line it writes under a 公众号 article. */
export const wechatText = {
  usage: '用法：npm run wechat -- content/reports/2024/文件名.md\n  把一篇已发布的工作报告、表彰名单或企业故事导出成可以直接粘贴到公众号编辑器的文章，另附封面图和方形缩略图。',
  /** Before the page's address at the end of the article. */
  closing: (organisation: string) => `本文来源：${organisation}网站　原文网址：`,
  notAPiece: (file: string) => `${file} 不是工作报告、表彰名单或企业故事：请给出 content/reports/、content/honors/ 或 content/stories/ 下的 .md 或 .mdx 文件`,
  missingFile: (file: string) => `找不到文件 ${file}`,
  notBuilt: (file: string, page: string) => `${file} 还没有生成网页（${page}）：请先运行 npm run build；草稿和没到发布时间的文章不能导出`,
  stale: (file: string) => `${file} 在上次 npm run build 之后改过：请先运行 npm run build，再导出`,
  written: (folder: string) => `已导出到 ${folder}/`,
  files: {
    article: 'article.html  正文：用浏览器打开，全选（Ctrl+A），复制，粘贴到公众号编辑器',
    cover: 'cover.png     封面图 900×383（2.35:1），在公众号“选择封面”里上传',
    square: 'square.png    方形缩略图 400×400，封面在转发卡片里被裁成方形时用它',
  },
  originalLink: (url: string) => `原文链接（填到公众号的“原文链接”里）：${url}`,
} as const;
