import { sortNewestFirst } from './years.ts';

/** How many pieces each feed carries. */
export const FEED_SIZE = 50;

/**
 * The pieces both feeds carry, RSS and JSON Feed alike: reports and stories, newest first, at most FEED_SIZE.
 * `([report 2024-01-25], [story 2024-06-01])` → `[story, report]`
 */
export function selectFeedItems<R extends { date: Date; title: string }, S extends { date: Date; title: string }>(reports: readonly R[], stories: readonly S[]): (R | S)[] {
  return sortNewestFirst<R | S>([...reports, ...stories]).slice(0, FEED_SIZE);
}
