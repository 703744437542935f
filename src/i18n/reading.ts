import { dataText } from './data.ts';
import type { HonoreeCount } from '../lib/honoree-count.ts';

/** A number and its unit that never part at a line end: `(1, "篇")` → `"1\u00a0篇"` (no "1 / 篇"). */
const units = (value: number, unit: string) => `${value}\u00a0${unit}`;

/** Reader-facing strings of the reading pages: the piece frame, its official signs, tables and the home page. */
export const reading = {
  piece: {
    crumbs: '当前位置',
    actions: '本页操作',
    print: '打印',
    printLabel: '打印本页',
    tocParts: (n: number) => `共 ${units(n, '部分')}`,
    backToToc: '回到目录',
    tags: '标签',
    /** The line of official signs at the end of a piece, e.g. 来源：锦川市工商联办公室. */
    source: '来源',
    editor: '责任编辑',
    reviewer: '审核',
    signoff: '落款',
  },
  honor: {
    honorees: '表彰对象',
    /** `{ total: 36, units: 24, people: 12 }` → `"36 个（单位 24 家、个人 12 名）"`; one kind only → `"24 个单位"` or `"15 人"`. */
    count: ({ total, units: u, people }: HonoreeCount) =>
      u > 0 && people > 0 ? `${units(total, '个')}（单位 ${units(u, '家')}、个人 ${units(people, '名')}）` : people > 0 ? units(people, '人') : units(u, '个单位'),
    /** An enterprise page's line for a row about one of its people: `("郑秋实", "光彩事业爱心人士")` → `"光彩事业爱心人士：郑秋实"`. */
    person: (name: string, table: string | null) => (table ? `${table}：${name}` : name),
  },
  home: {
    latest: '最新发布',
    featured: '企业故事',
    yearNumbers: (year: number) => `${year}年度`,
    yearLink: (year: number) => `查看${year}年度全部内容`,
  },
  /**
   * A year's counts, only what the year has: `(3, 1, 0)` → `["工作报告 3 篇", "表彰名单 1 份"]`; the page shows them on one
   * line, each kept whole, joined by `YEAR_COUNT_SEPARATOR`.
   */
  yearCounts: (reports: number, honors: number, stories: number) =>
    (
      [
        ['reports', reports],
        ['honors', honors],
        ['stories', stories],
      ] as const
    ).map(([kind, n]) => [dataText.figures[kind].label, n, dataText.figures[kind].unit])
      .filter(([, n]) => (n as number) > 0)
      .map(([label, n, unit]) => `${label} ${units(n as number, unit as string)}`),
  /** Between a year's counts: a narrow line breaks after it, never before (关怀版 at 375 px put "· 企业故事 5 篇" on a line of its own). */
  yearCountSeparator: '\u00a0· ',
  table: {
    row: '序号',
  },
} as const;
