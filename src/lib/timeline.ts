import { sortNewestFirst } from './years.ts';

/** One line of a year's 大事记: a day, what happened, where to read more, and what kind of thing it is. */
export interface TimelineEntry {
  date: Date;
  title: string;
  url?: string | undefined;
  /** `工作报告`, `表彰名单`, `企业故事`, or `大事` for an entry of events/<year>.yaml. */
  label: string;
}

/**
 * A year's 大事记, oldest first: its published pieces and the events of `content/events/<year>.yaml`; on one day the
 * events come before the pieces, in the order written.
 * `([{ date: 3月15日, title: "光彩事业贡献奖", url }], [{ date: 1月25日, title: "召开执委会议" }])` →
 * `[{ title: "召开执委会议", label: "大事" }, { title: "光彩事业贡献奖", label: "表彰名单", url }]`
 */
export function buildTimeline(
  pieces: readonly { date: Date; title: string; url: string; label: string }[],
  events: readonly { date: Date; title: string; link?: string | undefined }[],
  eventLabel: string,
): TimelineEntry[] {
  const fromEvents = events.map((event, order) => ({ entry: { date: event.date, title: event.title, url: event.link, label: eventLabel }, rank: 0, order }));
  const fromPieces = sortNewestFirst(pieces)
    .reverse()
    .map((piece, order) => ({ entry: { date: piece.date, title: piece.title, url: piece.url, label: piece.label }, rank: 1, order }));
  return [...fromEvents, ...fromPieces]
    .sort((a, b) => dayOf(a.entry.date) - dayOf(b.entry.date) || a.rank - b.rank || a.order - b.order)
    .map(({ entry }) => entry);
}

/** The Beijing calendar day of a moment, as a number that sorts: 2024-01-25T09:00+08:00 → the same as 2024-01-25. */
function dayOf(date: Date): number {
  return Math.floor((date.getTime() + 8 * 3600_000) / 86_400_000);
}
