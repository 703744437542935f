/** What kind of page a share image is for; decides the label on the card (工作报告, 表彰名单, …). */
export type ShareKind = 'report' | 'honor' | 'story' | 'enterprise' | 'year' | 'home' | 'listing' | 'page';

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
  /** Content file the page comes from, relative to the project, e.g. "content/reports/2024/zhiwei.md". */
  source?: string;
  /** Who speaks, when not the site's own organisation (a report's `organisation`); the card shows it instead of `site.name`. */
  organisation?: string;
}
