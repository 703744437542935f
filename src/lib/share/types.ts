/** What kind of page a share image is for; decides the label on the card (工作报告, 表彰名单, …). */
export type ShareKind = 'report' | 'honor' | 'story' | 'enterprise' | 'year' | 'home' | 'listing' | 'page' | 'compilation';

/** Everything a page tells the share-image step about itself (embedded in the page, read after the build). */
export interface ShareData {
  kind: ShareKind;
  /** The page's own title, e.g. "在市工商联十届三次执委会议上的工作报告". */
  title: string;
  /** One or two sentences, the page's summary. */
  description: string;
  /** Site-relative path of the page, always ending in "/", e.g. "/reports/2024/zhiwei/"; "/" for home. */
  pagePath: string;
  /** ISO date "2024-01-18" for dated pieces. */
  date?: string;
  /** The year a piece or year page belongs to. */
  year?: number;
  /** Honour lists: how many honourees. */
  count?: number;
  /** Honour lists: how many of `count` are people (rows of tables headed 姓名); the rest are units. */
  people?: number;
  /** Content file the page comes from, relative to the project, e.g. "content/reports/2024/zhiwei.md". */
  source?: string;
  /** Who speaks, when not the site's own organisation (a report's `organisation`); the card shows it instead of `site.name`. */
  organisation?: string;
  /** Names drawn whole, never broken across two lines: the enterprises and awards the drawn text names, e.g. `["济安医疗", "光彩事业贡献奖"]`. */
  keep?: string[];
  /** Reports: the parts of the outline as headed on the page, e.g. `["一、2023年工作回顾", "二、几点体会"]` (drawn on the poster). */
  parts?: string[];
  /** Honour lists: each group (table) with its heading, how many it honours and its first names (drawn on the poster). */
  groups?: HonourGroup[];
  /** Stories without a lead image: a sentence someone says in the story, drawn on the poster, e.g. `"园区里的企业抱团发展。"`. */
  quote?: ShareQuote;
  /** Stories: the lead image, a content file relative to the project (`content/stories/2024/cover.jpg`), and its text alternative. */
  image?: { src: string; alt: string };
}

/** One group of an honour list as the poster shows it: `{ heading: "先进民营企业", count: 24, names: ["锦川华瑞药业股份有限公司", …] }`. */
export interface HonourGroup {
  heading: string;
  count: number;
  /** Whether the group lists people (its name column is headed 姓名). */
  people?: boolean;
  /** The first few names, in the list's order. */
  names: string[];
}

/** A quoted sentence and who said it, when the story says: `{ text: "园区里的企业抱团发展。", by: "韦思宁" }`. */
export interface ShareQuote {
  text: string;
  by?: string;
}
