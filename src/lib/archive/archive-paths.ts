/** Where a year's bundle and compilation live, shared by the pages that link them and the build step that writes them. */

/**
 * The bundle's file name: the organisation's short name and the year.
 * `("锦川工商联", 2024)` → `"锦川工商联-2024.zip"`
 */
export function archiveFileName(shortName: string, year: number): string {
  return `${archiveStem(shortName, year)}.zip`;
}

/**
 * The folder every file of the bundle sits in, so unzipping never spills files.
 * `("锦川工商联", 2024)` → `"锦川工商联-2024"`
 */
export function archiveStem(shortName: string, year: number): string {
  const safe = shortName.replace(/[\\/:*?"<>|\s]+/g, '-');
  return `${safe}-${year}`;
}

/**
 * Site path of the bundle, percent-encoded as links need it.
 * `("锦川工商联", 2024)` → `"/archives/%E9%94%A6%E5%B7%9D%E5%B7%A5%E5%95%86%E8%81%94-2024.zip"`
 */
export function archiveHref(shortName: string, year: number): string {
  return `/archives/${encodeURIComponent(archiveFileName(shortName, year))}`;
}

/**
 * The year's compilation PDF offered on its own beside the bundle, for readers on phones: `("锦川工商联", 2024)` →
 * `"锦川工商联-2024-年度汇编.pdf"`.
 */
export function archivePdfFileName(shortName: string, year: number): string {
  return `${archiveStem(shortName, year)}-${BUNDLE_FILES.compilationPdf}`;
}

/** Site path of the year's PDF, percent-encoded: `("锦川工商联", 2024)` → `"/archives/%E9%94%A6…-2024-%E5%B9%B4…%E7%BC%96.pdf"`. */
export function archivePdfHref(shortName: string, year: number): string {
  return `/archives/${encodeURIComponent(archivePdfFileName(shortName, year))}`;
}

/** Site path of a year's annual compilation page: `2024` → `"/archives/2024/compilation/"`. */
export function compilationPath(year: number): string {
  return `/archives/${year}/compilation/`;
}

/** Inside the bundle: the compilation as one HTML file and as PDF, next to index.html and manifest.json. */
export const BUNDLE_FILES = {
  index: 'index.html',
  manifest: 'manifest.json',
  compilationHtml: '年度汇编.html',
  compilationPdf: '年度汇编.pdf',
  sources: 'sources',
} as const;
