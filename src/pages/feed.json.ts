import { getContent } from '../content.ts';
import { zh } from '../i18n/zh.ts';
import { selectFeedItems } from '../lib/feed-items.ts';
import { buildJsonFeed } from '../lib/json-feed.ts';
import { JSON_FEED_URL } from '../lib/urls.ts';

/** JSON Feed 1.1 of the same reports and stories as rss.xml, newest first. */
export async function GET() {
  const { site, reports, stories } = await getContent();
  const items = selectFeedItems(reports, stories);
  const kinds = new Map(items.map((piece) => [piece.url, zh.kind[piece.kind]]));
  const feed = buildJsonFeed(site, zh.rss.title(site.name), JSON_FEED_URL, items, (piece) => kinds.get(piece.url) ?? '');
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
