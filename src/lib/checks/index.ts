import path from 'node:path';
import { collectContentFiles } from './content-files.ts';
import { checkDuplicateSlugs, checkEnterpriseFileName, checkEnterpriseReferences, checkHonorTables } from './cross-checks.ts';
import { openEntryCache } from './entry-cache.ts';
import { loadEntry, type LoadedEntry } from './entry.ts';
import { checkImageFiles } from './images.ts';
import { sortFindings, type Finding, type LocalFinding } from './finding.ts';
import { checkLinks, FIXED_PAGES, type SiteIndex } from './links.ts';
import { checkChartFiles } from './charts.ts';
import { checkEventsYearPage } from './events.ts';
import { personalFindings } from './personal-data.ts';
import { inspectSiteYaml } from './site-yaml.ts';
import { readPublishState } from '../content-schemas.ts';
import { buildTime, isPublished } from '../publish.ts';
import { yearDataUrl, yearUrl } from '../urls.ts';

export type { Finding, FindingLevel } from './finding.ts';
export { defaultCheckCacheFile } from './entry-cache.ts';
export { formatFindings, formatSummary, hasErrors, countFindings } from './format.ts';

/** Options for a check run; defaults suit `npm run check` from the project root. */
export interface CheckOptions {
  /** Folder findings' paths are relative to (default: the working directory). */
  cwd?: string;
  /** The static files folder for links such as `/logo.svg` (default: `<cwd>/public`). */
  publicDir?: string;
  /** Keeps each file's own findings between runs (`defaultCheckCacheFile`); unchanged files are not parsed again. */
  cacheFile?: string;
  /** Filled in with how many files came from the cache and how many were inspected. */
  stats?: { reused: number; inspected: number };
}

/** Every page URL the given entries produce, with the anchors each page will carry when they are known. */
export function buildSiteIndex(entries: readonly LoadedEntry[]): SiteIndex {
  const site: SiteIndex = new Map(FIXED_PAGES.map((url) => [url, null]));
  for (const entry of entries) {
    // An events file adds no page: its events are shown on the year page the year's pieces make.
    if (entry.kind === 'event') continue;
    site.set(entry.url, entry.anchors);
    for (const old of entry.oldUrls) site.set(old, null);
    if (entry.yearFolder) site.set(yearUrl(entry.yearFolder), null).set(yearDataUrl(entry.yearFolder), null);
  }
  return site;
}

/** Whether the public site will carry an entry at `now`: enterprises always, pieces unless draft or scheduled later. */
export function isPublicEntry(entry: LoadedEntry, now: Date): boolean {
  const state = entry.kind === 'enterprise' ? undefined : readPublishState(entry.data);
  return state === undefined || isPublished(state, now);
}

/**
 * Checks a whole content tree and returns every finding, sorted by file, line and column.
 * `await checkContentTree("content")` → `[{ file: "content/reports/2019/x.md", line: 14, column: 5, level: "error", code: "placeholder", … }]`
 */
export async function checkContentTree(contentDir: string, options: CheckOptions = {}): Promise<Finding[]> {
  const cwd = options.cwd ?? process.cwd();
  const display = (rel: string) => path.relative(cwd, path.resolve(contentDir, rel)).split(path.sep).join('/');
  const publicDir = options.publicDir ?? path.join(cwd, 'public');
  const { files, findings } = await collectContentFiles(contentDir, display);
  const siteYaml = await inspectSiteYaml(contentDir, publicDir);
  const cache = options.cacheFile === undefined ? undefined : openEntryCache(options.cacheFile);
  const entries = await Promise.all(files.map((file) => loadEntry(contentDir, file, cache)));
  if (cache) {
    cache.save();
    if (options.stats) Object.assign(options.stats, cache.stats);
  }
  const now = buildTime();
  const isPublic = new Map(entries.map((entry) => [entry, isPublicEntry(entry, now)]));
  const publicSite = buildSiteIndex(entries.filter((entry) => isPublic.get(entry)));
  const previewSite = buildSiteIndex(entries);
  const hidden = new Map(entries.filter((entry) => !isPublic.get(entry)).map((entry) => [entry.url, display(entry.rel)]));
  const enterprises = entries.filter((e) => e.kind === 'enterprise');
  const duplicates = checkDuplicateSlugs(entries, display);
  const place = (rel: string, list: readonly LocalFinding[]): Finding[] => list.map((f) => ({ file: display(rel), ...f }));
  for (const entry of entries) {
    // A published page may link only to published pages; a draft may also link to other drafts.
    const site = isPublic.get(entry) ? publicSite : previewSite;
    const links = checkLinks(entry.links, entry.bodyLine, site, { absPath: entry.absPath, pageUrl: entry.url, publicDir, hidden });
    findings.push(...checkChartFiles(entry, contentDir, siteYaml.allowedNumbers, display));
    findings.push(
      ...place(entry.rel, [
        ...entry.findings,
        ...links,
        ...(duplicates.get(entry) ?? []),
        ...checkEnterpriseFileName(entry),
        ...checkEnterpriseReferences(entry, enterprises),
        ...checkHonorTables(entry),
        ...checkImageFiles(entry, contentDir),
        ...personalFindings(entry.personal, siteYaml.allowedNumbers),
        ...checkEventsYearPage(entry.kind, entry.yearFolder, publicSite.has(yearUrl(entry.yearFolder ?? ''))),
      ]),
    );
  }
  findings.push(...place('site.yaml', siteYaml.findings));
  return sortFindings(findings);
}
