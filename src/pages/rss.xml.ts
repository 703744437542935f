import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContent } from '../content.ts';
import { zh } from '../i18n/zh.ts';
import { selectFeedItems } from '../lib/feed-items.ts';

/** RSS feed of reports and stories, newest first. */
export async function GET(context: APIContext) {
  const { site, reports, stories } = await getContent();
  const items = selectFeedItems(reports, stories);
  return rss({
    title: zh.rss.title(site.name),
    description: site.description,
    site: context.site ?? site.baseUrl,
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    items: items.map((p) => ({ title: p.title, description: p.summary, pubDate: p.date, link: p.url, categories: [zh.kind[p.kind], ...p.tags] })),
  });
}
