/*
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by getStaticPaths with
 * a `cacheKey` is copied from the last build, not rendered again, when its key and its code (Astro hashes the page's
 * module graph) are both unchanged. A key is therefore the hash of everything the page shows that is not code: its
 * own file, the pieces it lists or links, the names it links or keeps whole on its share image, and what every page
 * shows (site.yaml, the years, the content folder's images and data files). A page that read something left out of
 * its key would be published stale, so `tests/e2e/incremental-build.test.ts` edits content the ways editors do and
 * requires the incremental build to write exactly the pages a cold build writes.
 *
 * This module is the one place that knows what a page depends on; the pages only ask it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getContent, getDatasets, getEnterpriseRecord, getRelatedStories, getReportNeighbours, getYear, getYearEvents, getYearNumbers, type Enterprise, type Piece, type SiteContent } from './content.ts';
import { CONTENT_EXTENSIONS, extensionOf } from './lib/content-extensions.ts';
import { contentDir } from './lib/paths.ts';
import { hashParts } from './lib/source-fingerprint.ts';

/** Files the pages read through the collections (and site.yaml); every other file under content/ is an asset. */
const COLLECTION_EXTENSIONS = new Set(Object.values(CONTENT_EXTENSIONS).flat());

const hash = (...parts: unknown[]) => hashParts(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part) ?? ''))).slice(0, 32);

/** The bytes of every asset under content/ (pictures, chart CSV files): replacing a picture under the same name changes pages. */
function assetsDigest(): string {
  const root = path.resolve(contentDir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !COLLECTION_EXTENSIONS.has(extensionOf(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return hashParts(files.flatMap((file) => [path.relative(root, file), readFileSync(file)]));
}

interface Shared {
  /** What every page shows: site.yaml as read, the years in the header's and pages' year lists, the assets. */
  site: string;
  /** The names pages link or keep whole: enterprises' slugs, names and aliases, and every honour group's heading. */
  names: string;
}

let shared: Promise<Shared> | undefined;

function sharedKeys(): Promise<Shared> {
  shared ??= getContent().then((content: SiteContent) => ({
    site: hash(content.site, content.years, assetsDigest()),
    names: hash(
      content.enterprises.map((e) => [e.slug, e.data.name, e.data.aliases]),
      content.honors.flatMap((h) => h.tables.map((t) => t.heading)),
    ),
  }));
  return shared;
}

const fileDigests = new Map<string, string>();

/** A piece's own file, as its bytes. */
function fileDigest(piece: Piece): string {
  let digest = fileDigests.get(piece.source);
  if (digest === undefined) fileDigests.set(piece.source, (digest = hashParts([readFileSync(path.resolve(piece.source))])));
  return digest;
}

/** What a list shows of a piece (title, date, summary, picture, meeting, count …): its front matter, address and count. */
function face(piece: Piece): unknown {
  return [piece.kind, piece.url, piece.entry.data, piece.kind === 'honors' ? piece.count : null];
}

/** A report, honour list or story page: its file, the names it links, and the neighbours or related stories it lists. */
export async function pieceKey(piece: Piece): Promise<string> {
  const { site, names } = await sharedKeys();
  const around =
    piece.kind === 'reports'
      ? Object.values(await getReportNeighbours(piece)).map(face)
      : piece.kind === 'stories'
        ? (await getRelatedStories(piece)).map(face)
        : [];
  return hash(site, names, fileDigest(piece), around);
}

/** An enterprise page: its own entry and everything the site says about it (stories, honour rows, reports). */
export async function enterpriseKey(enterprise: Enterprise): Promise<string> {
  const { site } = await sharedKeys();
  const record = await getEnterpriseRecord(enterprise.slug);
  return hash(
    site,
    enterprise.data,
    record.stories.map(face),
    record.reports.map(face),
    record.honors.map(({ honor, table, anchor, person }) => [face(honor), table.heading, table.columns, anchor, person ?? null]),
  );
}

/** A year page: the year's pieces as listed and its 大事记. */
export async function yearKey(year: number): Promise<string> {
  const { site } = await sharedKeys();
  const pieces = await getYear(year);
  return hash(site, [...pieces.reports, ...pieces.honors, ...pieces.stories].map(face), await getYearEvents(year));
}

/** A year's 数据 page: the numbers and charts it shows (computed from the content) and the year's datasets. */
export async function yearDataKey(year: number): Promise<string> {
  const { site } = await sharedKeys();
  const datasets = (await getDatasets()).filter((dataset) => dataset.year === year);
  return hash(site, await getYearNumbers(year), datasets);
}

/** A year's compilation: every piece of the year, whole. */
export async function compilationKey(year: number): Promise<string> {
  const { site, names } = await sharedKeys();
  const pieces = await getYear(year);
  const all = [...pieces.reports, ...pieces.honors, ...pieces.stories];
  return hash(site, names, all.map((piece) => [face(piece), fileDigest(piece)]), await getYearEvents(year));
}
