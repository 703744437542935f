import type { Link } from 'mdast';
import { numbersText } from '../../i18n/numbers.ts';
import { eventFields } from '../content-schemas.ts';
import { beijingYear } from '../dates.ts';
import { at, type LocalFinding } from './finding.ts';
import type { ParsedYaml } from './front-matter.ts';

function items(yaml: ParsedYaml): unknown[] {
  const list = yaml.data?.['events'];
  return Array.isArray(list) ? list : [];
}

/**
 * The `link:` of each event as a Markdown link node at its place in the file, so the link checks (links.ts) judge
 * them like links in a body: a missing page, a draft or a piece scheduled later is an error at that line.
 * `events: [{ link: /reports/2024/x/ }]` on line 4 → `[{ type: "link", url: "/reports/2024/x/", position: { start: { line: 4, … } } }]`
 */
export function eventLinks(yaml: ParsedYaml): Link[] {
  return items(yaml).flatMap((item, i) => {
    const link = (item as Record<string, unknown> | null)?.['link'];
    if (typeof link !== 'string') return [];
    const { line, column } = yaml.valuePosition(['events', i, 'link']);
    return [{ type: 'link', url: link.trim(), children: [], position: { start: { line, column }, end: { line, column } } } satisfies Link];
  });
}

/** Events dated in another year than the file is named after, each at its date: `events/2024.yaml` with `date: 2023-12-31`. */
export function checkEventYears(yaml: ParsedYaml, year: number, rel: string): LocalFinding[] {
  return items(yaml).flatMap((item, i) => {
    const parsed = eventFields.date.safeParse((item as Record<string, unknown> | null)?.['date']);
    if (!parsed.success || beijingYear(parsed.data) === year) return [];
    const { line, column } = yaml.valuePosition(['events', i, 'date']);
    return [at(line, column, 'error', 'event-year', numbersText.events.wrongYear(beijingYear(parsed.data), rel))];
  });
}

/** An events file whose year has no public page yet: its events are not shown (a warning, the build goes on). */
export function checkEventsYearPage(kind: string, yearFolder: string | undefined, hasYearPage: boolean): LocalFinding[] {
  if (kind !== 'event' || yearFolder === undefined || hasYearPage) return [];
  return [at(1, 1, 'warning', 'event-no-year', numbersText.events.noYearPage(yearFolder))];
}
