/** What the checker and the build say about site.yaml's `logo` (the organisation's logo on share images). */
export const logoMessages = {
  outside: (logo: string) => `标志图片“${logo}”不在 public 文件夹里：logo 要写成以 / 开头、public 文件夹里的路径，例如 /logo.svg`,
  missing: (logo: string) => `找不到标志图片 public${logo}：请把图片放进 public 文件夹，或改正 logo 的路径`,
  tooLarge: (logo: string, kb: number) => `标志图片“${logo}”超过 ${kb} KB，不像是标志：请换成小一些的 PNG、JPG 或 SVG`,
  notImage: (logo: string) => `标志图片“${logo}”不是 PNG、JPG 或 SVG 图片（看的是文件内容，不是扩展名）`,
  unsafeSvg: (logo: string, reason: string) => `标志图片“${logo}”${reason}，分享图片不能用它；请另存为 PNG，或删掉这部分`,
  svgElement: (name: string) => `里有 <${name}>（脚本、样式、外部图片或链接）`,
  svgAttribute: (name: string) => `里的“${name}”属性会运行脚本或引用其他文件`,
  notSvg: '不是 SVG 图片',
} as const;
