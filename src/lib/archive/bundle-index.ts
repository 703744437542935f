import { archiveText } from '../../i18n/archive.ts';
import { BUNDLE_FILES } from './archive-paths.ts';
import { escapeAttribute, escapeText } from './html-edits.ts';

/** What the bundle's front page links to. */
export interface BundleIndexInput {
  organisation: string;
  shortName: string;
  year: number;
  baseUrl: string;
  /** The year page inside the bundle, e.g. `"years/2024/index.html"`. */
  yearPage: string;
  hasCompilation: boolean;
  hasPdf: boolean;
}

/**
 * The `index.html` at the top of an unzipped bundle: what the folder holds and where to start reading.
 * Self-contained (inline style, no scripts), so it opens from disk on any machine.
 */
export function renderBundleIndex(input: BundleIndexInput): string {
  const text = archiveText.bundle;
  const link = (href: string, label: string) => `<li><a href="${escapeAttribute(encodeURI(href))}">${escapeText(label)}</a></li>`;
  const items = [
    link(input.yearPage, text.yearPage(input.year)),
    input.hasCompilation ? link(BUNDLE_FILES.compilationHtml, text.compilationHtml) : '',
    input.hasPdf ? link(BUNDLE_FILES.compilationPdf, text.compilationPdf) : '',
    link(BUNDLE_FILES.manifest, text.manifest),
    `<li>${escapeText(text.sources)}</li>`,
  ].filter(Boolean);
  const title = escapeText(text.title(input.shortName, input.year));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    '<style>body{max-width:40rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.8;color:#1d1d1f}a{color:#9f1d20}li{margin:.4rem 0}</style>',
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    `<p>${escapeText(text.intro(input.organisation, input.year))}</p>`,
    `<ul>${items.join('')}</ul>`,
    `<p>${escapeText(text.live)}<a href="${escapeAttribute(input.baseUrl)}/">${escapeText(input.baseUrl)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
