/**
 * The only module that reads the content collections. It drops drafts and embargoed pieces in
 * production, resolves cross-references, sorts, and hands plain arrays to the pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readContentData, splitFrontMatter } from './lib/checks/front-matter.ts';
import { isoDate } from './lib/dates.ts';
import { createEnterpriseIndex, type EnterpriseIndex } from './lib/enterprise-index.ts';
import { attributeHonorRow } from './lib/honor-attribution.ts';
import { countHonorees, honoreeKind, type HonoreeCount } from './lib/honoree-count.ts';
import { honorTables, parseHonorDocument, type HonorBlock, type HonorTable } from './lib/honors.ts';
import { contentDir } from './lib/paths.ts';
import { buildTime, isPublished } from './lib/publish.ts';
import { redirectUrls, splitPieceId } from './lib/place-piece.ts';
import { findRelated } from './lib/related.ts';
import { createKeepFinder } from './lib/share/keep-terms.ts';
import { listReportParts, partsFromHeadings, type RenderedHeading } from './lib/share/report-parts.ts';
import { findStoryQuote } from './lib/share/story-quote.ts';
import type { ShareData } from './lib/share/types.ts';
import { loadSiteConfig, type SiteConfig } from './lib/site-config.ts';
import { enterpriseUrl, pieceUrl, type PieceFolder } from './lib/urls.ts';
import { computeAllYears, type AllYearsNumbers } from './lib/numbers/all-years.ts';
import { listDatasets, type Dataset } from './lib/open-data/datasets.ts';
import type { NumbersInput } from './lib/numbers/numbers-input.ts';
import { computeYearNumbers, type YearNumbers } from './lib/numbers/year-numbers.ts';
import { listYears, sortNewestFirst } from './lib/years.ts';

/** The three kinds of dated piece, by collection name (which is their folder). */
export type PieceKind = PieceFolder;

interface PieceBase<K extends PieceKind> {
  kind: K;
  /** `<year>/<slug>`, the collection entry id. */
  id: string;
  slug: string;
  year: number;
  /** Site-relative URL, e.g. `/reports/2024/zhiwei/`. */
  url: string;
  /** Old URLs (`redirectFrom`) whose pages send readers to `url`. */
  oldUrls: string[];
  title: string;
  date: Date;
  summary: string;
  tags: string[];
  draft: boolean;
  /** The content file, relative to the project, e.g. `content/reports/2024/zhiwei.md`. */
  source: string;
  entry: CollectionEntry<K>;
}

export type Report = PieceBase<'reports'> & { mentions: string[] };
export type Honor = PieceBase<'honors'> & { blocks: HonorBlock[]; tables: HonorTable[]; count: HonoreeCount };
export type Story = PieceBase<'stories'> & { enterprises: string[] };
export type Piece = Report | Honor | Story;

export interface Enterprise {
  slug: string;
  url: string;
  data: CollectionEntry<'enterprises'>['data'];
}

/** An honour row about a known enterprise: the enterprise itself, or a person whose row names it. */
export interface EnterpriseHonor {
  honor: Honor;
  table: HonorTable;
  anchor: string;
  /** The honouree's name when it is a person or unit other than the enterprise, e.g. 周明远. */
  person?: string;
}

export interface SiteContent {
  site: SiteConfig;
  reports: Report[];
  honors: Honor[];
  stories: Story[];
  enterprises: Enterprise[];
  index: EnterpriseIndex;
  years: number[];
}

const showDrafts = import.meta.env.DEV;

function base<K extends PieceKind>(kind: K, entry: CollectionEntry<K>): PieceBase<K> {
  const data = entry.data as CollectionEntry<PieceKind>['data'];
  // The id is the one placePiece gave the entry in content.config.ts: its year folder and slug.
  const { year, slug } = splitPieceId(entry.id);
  return {
    kind,
    id: entry.id,
    slug,
    year,
    url: pieceUrl(kind, year, slug),
    oldUrls: redirectUrls(kind, year, data.redirectFrom),
    title: data.title,
    date: data.date,
    summary: data.summary,
    tags: data.tags,
    draft: data.draft,
    source: entry.filePath ?? `${contentDir}/${kind}/${entry.id}`,
    entry,
  };
}

async function published<K extends PieceKind>(kind: K): Promise<CollectionEntry<K>[]> {
  const now = buildTime();
  const entries = (await getCollection(kind)) as CollectionEntry<K>[];
  return entries.filter((e) => showDrafts || isPublished(e.data as CollectionEntry<PieceKind>['data'], now));
}

/**
 * The Markdown body of a piece, read from its file. The collections keep no bodies (`retainBody: false` in
 * content.config.ts): Astro bundles its whole data store into the build, and on a 4,500-page site the
 * bodies were a third of its 76 MB, held in memory through every phase.
 */
function readBody(entry: { id: string; filePath?: string | undefined }, kind: PieceKind): string {
  if (!entry.filePath) throw new Error(`找不到 ${kind}/${entry.id} 的源文件`);
  return splitFrontMatter(readFileSync(path.resolve(entry.filePath), 'utf8').replace(/\r\n?/g, '\n')).body;
}

async function load(): Promise<SiteContent> {
  const site = loadSiteConfig(contentDir);
  const enterpriseEntries = await getCollection('enterprises');
  const enterprises = enterpriseEntries
    .map((e) => ({ slug: e.id, url: enterpriseUrl(e.id), data: e.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
  const index = createEnterpriseIndex(enterprises.map((e) => ({ slug: e.slug, name: e.data.name, aliases: e.data.aliases })));

  const reports = sortNewestFirst(
    (await published('reports')).map((e) => ({ ...base('reports', e), mentions: index.findMentions(readBody(e, 'reports')) })),
  );
  const honors = sortNewestFirst(
    (await published('honors')).map((e) => {
      const blocks = parseHonorDocument(readBody(e, 'honors'));
      const tables = honorTables(blocks);
      return { ...base('honors', e), blocks, tables, count: countHonorees(tables) };
    }),
  );
  const stories = sortNewestFirst(
    (await published('stories')).map((e) => ({
      ...base('stories', e),
      enterprises: e.data.enterprises.flatMap((ref) => index.resolve(ref) ?? []),
    })),
  );
  return { site, reports, honors, stories, enterprises, index, years: listYears(reports, honors, stories) };
}

let cached: Promise<SiteContent> | undefined;

/** Everything the pages need, read once per build. */
export function getContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** The published pieces of one year, by kind. */
export async function getYear(year: number): Promise<{ reports: Report[]; honors: Honor[]; stories: Story[] }> {
  const { reports, honors, stories } = await getContent();
  const inYear = <T extends { year: number }>(list: T[]) => list.filter((p) => p.year === year);
  return { reports: inYear(reports), honors: inYear(honors), stories: inYear(stories) };
}

/** Previous (older) and next (newer) report of the same year, by date. */
export async function getReportNeighbours(report: Report): Promise<{ previous?: Report; next?: Report }> {
  const sameYear = (await getYear(report.year)).reports;
  const i = sameYear.findIndex((r) => r.id === report.id);
  const result: { previous?: Report; next?: Report } = {};
  const older = sameYear[i + 1];
  const newer = i > 0 ? sameYear[i - 1] : undefined;
  if (older) result.previous = older;
  if (newer) result.next = newer;
  return result;
}

const asCandidate = (s: Story) => ({ ...s, county: s.entry.data.county, industry: s.entry.data.industry });
// Built once per content load, not once per story page (1,500 story pages × 1,500 copies took 1.3 s).
const storyCandidates = new WeakMap<readonly Story[], { candidates: ReturnType<typeof asCandidate>[]; byId: Map<string, Story> }>();

/** Stories most like this one, across all years. */
export async function getRelatedStories(story: Story): Promise<Story[]> {
  const { stories } = await getContent();
  let prepared = storyCandidates.get(stories);
  if (!prepared) {
    prepared = { candidates: stories.map(asCandidate), byId: new Map(stories.map((s) => [s.id, s])) };
    storyCandidates.set(stories, prepared);
  }
  const { candidates, byId } = prepared;
  return findRelated(asCandidate(story), candidates).map((c) => byId.get(c.id)!);
}

/** Everything the site says about one enterprise across the years. */
export interface EnterpriseRecord {
  stories: Story[];
  honors: EnterpriseHonor[];
  reports: Report[];
}

/** Every enterprise's record, built in one pass over all pieces (not once per enterprise page). */
function buildEnterpriseRecords({ stories, honors, reports, index }: SiteContent): Map<string, EnterpriseRecord> {
  const records = new Map<string, EnterpriseRecord>();
  const recordOf = (slug: string) => {
    let record = records.get(slug);
    if (!record) records.set(slug, (record = { stories: [], honors: [], reports: [] }));
    return record;
  };
  for (const story of stories) for (const slug of story.enterprises) recordOf(slug).stories.push(story);
  for (const report of reports) for (const slug of report.mentions) recordOf(slug).reports.push(report);
  for (const honor of honors) {
    for (const table of honor.tables) {
      for (const row of table.rows) {
        const { enterprises, person } = attributeHonorRow(row, table, index);
        for (const slug of enterprises) recordOf(slug).honors.push({ honor, table, anchor: row.anchor, ...(person === undefined ? {} : { person }) });
      }
    }
  }
  return records;
}

let records: Promise<Map<string, EnterpriseRecord>> | undefined;

/** Everything about one enterprise across the years: stories about it, honours it (or its people) received, reports naming it. */
export async function getEnterpriseRecord(slug: string): Promise<EnterpriseRecord> {
  records ??= getContent().then(buildEnterpriseRecords);
  return (await records).get(slug) ?? { stories: [], honors: [], reports: [] };
}

const SHARE_KIND = { reports: 'report', honors: 'honor', stories: 'story' } as const;
/** How many names of each honour group the poster may draw (it draws as many as fit). */
const POSTER_NAMES = 40;

let keepFinder: Promise<(text: string) => string[]> | undefined;

/** Finds the names the site knows in a text (its own, its enterprises', its awards'), for share images to keep whole. */
function findKeepTerms(text: string): Promise<string[]> {
  keepFinder ??= getContent().then(({ site, enterprises, index, honors }) =>
    createKeepFinder(
      enterprises.map((e) => ({ slug: e.slug, name: e.data.name, aliases: e.data.aliases })),
      index,
      [site.name, site.shortName, ...honors.flatMap((h) => h.tables.flatMap((t) => (t.heading ? [t.heading] : [])))],
    ),
  );
  return keepFinder.then((find) => find(text));
}

/** The poster's lead image of a story: its cover as a path from the project (front matter `cover.src` is relative to the file). */
function coverSource(story: Story): { src: string; alt: string } | undefined {
  const cover = story.entry.data.cover;
  const raw = cover && readContentData(readFileSync(path.resolve(story.source), 'utf8'), 'markdown')['cover'];
  const src = raw && typeof raw === 'object' && 'src' in raw ? String(raw.src) : undefined;
  return cover && src ? { src: path.posix.join(path.posix.dirname(story.source), src), alt: cover.alt } : undefined;
}

/** What a piece draws on its poster beyond its title and summary: a report's parts, an honour list's groups, a story's image or quote. */
function posterFacts(piece: Piece): Pick<ShareData, 'parts' | 'groups' | 'quote' | 'image'> {
  const mdx = piece.source.endsWith('.mdx');
  if (piece.kind === 'reports') {
    // Rendered Markdown carries its headings (Astro's `MarkdownHeading[]`, typed loosely on the entry); MDX is rendered later.
    const headings = piece.entry.rendered?.metadata?.['headings'] as RenderedHeading[] | undefined;
    return { parts: headings ? partsFromHeadings(headings) : listReportParts(readBody(piece.entry, 'reports'), mdx) };
  }
  if (piece.kind === 'honors') {
    return { groups: piece.tables.map((t) => ({ heading: t.heading ?? piece.title, count: t.rows.length, people: honoreeKind(t) === 'person', names: t.rows.slice(0, POSTER_NAMES).map((r) => r.name) })) };
  }
  const image = coverSource(piece);
  if (image) return { image };
  const quote = findStoryQuote(readBody(piece.entry, 'stories'), mdx);
  return quote ? { quote } : {};
}

/** What a piece's page tells the share images and meta tags about itself. */
export async function shareDataFor(piece: Piece): Promise<ShareData> {
  const share: ShareData = {
    kind: SHARE_KIND[piece.kind],
    title: piece.title,
    description: piece.summary,
    pagePath: piece.url,
    date: isoDate(piece.date),
    year: piece.year,
    source: piece.source,
    ...posterFacts(piece),
  };
  if (piece.kind === 'honors') Object.assign(share, { count: piece.count.total, people: piece.count.people });
  // Names in honour groups are drawn whole anyway; the card's key should not follow them.
  const drawn = [share.title, share.description, ...(share.parts ?? []), share.quote?.text ?? ''];
  const keep = await findKeepTerms(drawn.join('\n'));
  return keep.length > 0 ? { ...share, keep } : share;
}

/** Every old URL (`redirectFrom` of a published piece) and the page it now points at. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const { reports, honors, stories } = await getContent();
  return [...reports, ...honors, ...stories].flatMap((piece) => piece.oldUrls.map((from) => ({ from, to: piece.url })));
}

/** One 大事记 event as `content/events/<year>.yaml` lists it. */
export type YearEvent = CollectionEntry<'events'>['data']['events'][number];

let eventFiles: Promise<Map<number, YearEvent[]>> | undefined;

/** A year's 大事记 events from `content/events/<year>.yaml`, in the order written (none without that file). */
export async function getYearEvents(year: number): Promise<YearEvent[]> {
  eventFiles ??= getCollection('events').then((entries) => new Map(entries.map((e) => [Number(e.id), e.data.events])));
  return (await eventFiles).get(year) ?? [];
}

let numbersInput: Promise<NumbersInput> | undefined;

/** The published content as the 数据 pages count it (src/lib/numbers/). */
export function getNumbersInput(): Promise<NumbersInput> {
  numbersInput ??= getContent().then(async ({ reports, honors, stories, enterprises, index, years }) => ({
    reports: reports.map((r) => ({ year: r.year, date: r.date, title: r.title, url: r.url, meeting: r.entry.data.meeting })),
    honors: honors.map((h) => ({ year: h.year, title: h.title, url: h.url, count: h.count.total, tables: h.tables })),
    stories: stories.map((s) => ({ year: s.year, county: s.entry.data.county, industry: s.entry.data.industry, enterprises: s.enterprises })),
    enterprises: enterprises.map((e) => ({ slug: e.slug, county: e.data.county, industry: e.data.industry })),
    index,
    events: new Map(await Promise.all(years.map(async (year) => [year, (await getYearEvents(year)).length] as const))),
  }));
  return numbersInput;
}

/** A year's numbers for its 数据 page; `figures` are the year's key numbers with the change from the year before (the home page may show them). */
export async function getYearNumbers(year: number): Promise<YearNumbers> {
  return computeYearNumbers(await getNumbersInput(), year, (await getContent()).years);
}

/** The numbers across all years, for /data/. */
export async function getAllYearsNumbers(): Promise<AllYearsNumbers> {
  return computeAllYears(await getNumbersInput(), (await getContent()).years);
}

let datasets: Promise<Dataset[]> | undefined;

/** Every open-data file, with its bytes (src/lib/open-data/datasets.ts): for /data/, the data endpoint and the honour pages' links. */
export function getDatasets(): Promise<Dataset[]> {
  datasets ??= getContent().then(({ site, honors, enterprises }) =>
    listDatasets({
      site,
      honors: honors.map((h) => ({ ...h, issuers: h.entry.data.issuers, documentNumber: h.entry.data.documentNumber })),
      enterprises: enterprises.map((e) => ({ url: e.url, ...e.data })),
    }),
  );
  return datasets;
}
