import path from 'node:path';
import { collectContentFiles } from './content-files.ts';
import { checkCoverImage, checkDuplicateSlugs, checkEnterpriseFileName, checkEnterpriseReferences, checkHonorTables } from './cross-checks.ts';
import { openEntryCache } from './entry-cache.ts';
import { loadEntry, type LoadedEntry } from './entry.ts';
import { sortFindings, type Finding, type LocalFinding } from './finding.ts';
import { checkLinks, FIXED_PAGES, type SiteIndex } from './links.ts';
import { checkSiteYaml } from './site-yaml.ts';

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

/** Every page URL the content produces, with the anchors each page will carry when they are known. */
export function buildSiteIndex(entries: readonly LoadedEntry[]): SiteIndex {
  const site: SiteIndex = new Map(FIXED_PAGES.map((url) => [url, null]));
  for (const entry of entries) {
    site.set(entry.url, entry.anchors);
    if (entry.yearFolder) site.set(`/years/${entry.yearFolder}/`, null);
  }
  return site;
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
  const cache = options.cacheFile === undefined ? undefined : openEntryCache(options.cacheFile);
  const entries = await Promise.all(files.map((file) => loadEntry(contentDir, file, cache)));
  if (cache) {
    cache.save();
    if (options.stats) Object.assign(options.stats, cache.stats);
  }
  const site = buildSiteIndex(entries);
  const enterprises = entries.filter((e) => e.kind === 'enterprise');
  const duplicates = checkDuplicateSlugs(entries, display);
  const place = (rel: string, list: readonly LocalFinding[]): Finding[] => list.map((f) => ({ file: display(rel), ...f }));
  for (const entry of entries) {
    const links = checkLinks(entry.links, entry.bodyLine, site, { absPath: entry.absPath, pageUrl: entry.url, publicDir, contentRoot: path.resolve(contentDir) });
    findings.push(
      ...place(entry.rel, [
        ...entry.findings,
        ...links,
        ...(duplicates.get(entry) ?? []),
        ...checkEnterpriseFileName(entry),
        ...checkEnterpriseReferences(entry, enterprises),
        ...checkHonorTables(entry),
        ...checkCoverImage(entry, path.resolve(contentDir)),
      ]),
    );
  }
  findings.push(...place('site.yaml', await checkSiteYaml(contentDir)));
  return sortFindings(findings);
}
