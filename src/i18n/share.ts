import type { ShareKind } from '../lib/share/types.ts';

/**
 * Every Chinese string drawn on share images. The image cache key follows this file, so strings that never
 * reach the pixels (links, alt text, build messages) live in `share-messages.ts`: editing them re-renders nothing.
 */
export const shareText = {
  /** The label in the card's corner; `undefined` means the card shows no label. */
  kindLabel: {
    report: '工作报告',
    honor: '表彰名单',
    story: '企业故事',
    enterprise: '企业',
    year: '年度',
    listing: '栏目',
    compilation: '年度汇编',
    home: undefined,
    page: undefined,
  } satisfies Record<ShareKind, string | undefined>,
  date: (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  },
  year: (year: number) => `${year}年度`,
  /** `(36, 12)` → `"受表彰 36 个单位和个人"`; `(15, 15)` → `"受表彰 15 人"`; `(24, 0)` → `"受表彰 24 个单位"`. */
  honourees: (count: number, people = 0) => (people === 0 ? `受表彰 ${count} 个单位` : people === count ? `受表彰 ${count} 人` : `受表彰 ${count} 个单位和个人`),
  homeTagline: '工作报告 · 表彰名单 · 企业故事',
  longPress: '长按识别二维码',
  posterHint: '阅读全文',
  /** Above a report's parts on its poster. */
  partsTitle: '主要内容',
  /** After an honour group's heading: how many it honours. */
  groupCount: (count: number, people = false) => (people ? `共 ${count} 人` : `共 ${count} 个`),
  /** After the names an honour poster has room for: how many more the list has. */
  more: (count: number, people = false) => (people ? `另有 ${count} 人` : `另有 ${count} 个`),
  quoteBy: (by: string) => `—— ${by}`,
} as const;
