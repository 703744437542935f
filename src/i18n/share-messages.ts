/** Share-image strings that never reach the pixels: the 分享 link, alt text and the share step's messages. */
export const shareMessages = {
  shareLink: '分享',
  shareLinkLabel: '分享：打开本页的分享海报，长按图片保存后可发到朋友圈',
  imageAlt: (title: string) => `分享卡片：${title}`,
  progress: (done: number, total: number) => `分享图片 ${done}/${total}`,
  summary: (rendered: number, cached: number, ms: number, workers: number) =>
    `分享图片：新生成 ${rendered} 张，沿用缓存 ${cached} 张，用时 ${ms} 毫秒${workers > 0 ? `（${workers} 个渲染线程）` : ''}`,
  threads: (images: number, workers: number, otherCores: number) =>
    `分享图片：${images} 张要新画，${workers > 0 ? `用 ${workers} 个渲染线程` : '在主线程里画'}（此刻其他程序占用 ${otherCores.toFixed(1)} 个核）`,
  badShareMeta: (file: string, reason: string) => `${file}: 页面里的分享信息（gsl:share）无法读取：${reason}`,
} as const;
