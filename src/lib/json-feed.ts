/** A moment in RFC 3339 with Beijing's offset: 2024-01-24T16:00:00Z → `"2024-01-25T00:00:00+08:00"`. */
export function beijingTimestamp(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** One piece as a feed item: its page, words and date. */
export interface FeedPiece {
  url: string;
  title: string;
  summary: string;
  date: Date;
  tags: string[];
}

/** What a JSON Feed 1.1 document says (https://www.jsonfeed.org/version/1.1/), as far as this site fills it. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: { id: string; url: string; title: string; summary: string; content_text: string; date_published: string; tags: string[] }[];
}

/**
 * The JSON Feed 1.1 beside rss.xml: the same items (feed-items.ts), each with its absolute URL as id and url, its summary
 * as content_text (the feed carries what RSS carries), and its date in RFC 3339 with Beijing's offset.
 * `({ baseUrl: "https://x.cn", … }, [{ url: "/reports/2024/a/", date: 2024-01-25 }])` →
 * `{ version: "https://jsonfeed.org/version/1.1", items: [{ id: "https://x.cn/reports/2024/a/", date_published: "2024-01-25T00:00:00+08:00", … }] }`
 */
export function buildJsonFeed(site: { name: string; baseUrl: string; description: string }, title: string, feedPath: string, pieces: readonly FeedPiece[], kindOf: (piece: FeedPiece) => string): JsonFeed {
  const absolute = (url: string) => new URL(url, `${site.baseUrl}/`).href;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: absolute('/'),
    feed_url: absolute(feedPath),
    description: site.description,
    language: 'zh-CN',
    authors: [{ name: site.name, url: absolute('/') }],
    items: pieces.map((piece) => ({
      id: absolute(piece.url),
      url: absolute(piece.url),
      title: piece.title,
      summary: piece.summary,
      content_text: piece.summary,
      date_published: beijingTimestamp(piece.date),
      tags: [kindOf(piece), ...piece.tags],
    })),
  };
}
