import type { ShareKind } from '../lib/share/types.ts';

/** Every Chinese string on share images, share links and share-step errors, in one place. */
export const shareText = {
  /** The label in the card's corner; `undefined` means the card shows no label. */
  kindLabel: {
    report: '工作报告',
    honor: '表彰名单',
    story: '企业故事',
    enterprise: '企业',
    year: '年度',
    listing: '栏目',
    home: undefined,
    page: undefined,
  } satisfies Record<ShareKind, string | undefined>,
  date: (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  },
  year: (year: number) => `${year}年度`,
  honourees: (count: number) => `受表彰 ${count} 个单位和个人`,
  homeTagline: '工作报告 · 表彰名单 · 企业故事',
  longPress: '长按识别二维码',
  posterHint: '阅读全文',
  shareLink: '分享',
  shareLinkLabel: '分享：打开本页的分享海报，长按图片保存后可发到朋友圈',
  imageAlt: (title: string) => `分享卡片：${title}`,
  progress: (done: number, total: number) => `分享图片 ${done}/${total}`,
  summary: (rendered: number, cached: number, ms: number) => `分享图片：新生成 ${rendered} 张，沿用缓存 ${cached} 张，用时 ${ms} 毫秒`,
  missingGlyph: (where: string, page: string, chars: string[]) =>
    `${where}: 分享图片的字体里没有这些字：${chars.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、')}，页面 ${page}。请改用常用字或拼音后再构建`,
  badShareMeta: (file: string, reason: string) => `${file}: 页面里的分享信息（gsl:share）无法读取：${reason}`,
} as const;
