import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { fileMessages } from '../../i18n/files.ts';
import { readHonorTables, type HonorTable } from '../honors.ts';
import { collectPageAnchors } from './anchors.ts';
import { KIND_FOLDERS, type ContentKind } from '../content-kinds.ts';
import { pieceYear, readPieceDates } from '../content-schemas.ts';
import { beijingYear } from '../dates.ts';
import { placePiece, type PiecePlace } from '../place-piece.ts';
import { enterpriseUrl, yearUrl, type PieceFolder } from '../urls.ts';
import { checkEventYears, eventLinks } from './events.ts';
import { checkChartNodes, type ChartFileRef } from './charts.ts';
import { decodeText } from '../text-encoding.ts';
import type { ContentFile } from './content-files.ts';
import type { EntryCache } from './entry-cache.ts';
import { at, type LocalFinding } from './finding.ts';
import { parseYamlWithPositions, splitFrontMatter, type ParsedYaml, type Position } from './front-matter.ts';
import { checkInvisible, checkPunctuation } from './invisible.ts';
import { linkNodes } from './links.ts';
import { parseMarkdown } from './markdown.ts';
import { findPersonalHits, findRenderedHits, markCommentHits, type PersonalHit } from './personal-data.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkFields } from './schema.ts';
import { checkUndrawable } from './undrawable.ts';
import { checkUnsafe } from './unsafe.ts';
import { checkWatermarks } from './watermarks.ts';
import { checkMdx, mdxSyntaxFinding } from '../mdx-policy.ts';

/** A content file read and parsed once, with the findings that need only the file itself. */
export interface LoadedEntry {
  kind: ContentKind;
  rel: string;
  absPath: string;
  yearFolder?: string | undefined;
  /** URL slug: front matter slug, ASCII file name or pinyin of the title; enterprises: file name. */
  slug: string;
  /** The page URL, e.g. `/reports/2024/zhiwei/`. */
  url: string;
  /** Old URLs (`redirectFrom`) that will send readers to `url`. */
  oldUrls: string[];
  data: Record<string, unknown>;
  /** Where the cross-file checks point: the `slug:` value and each `redirectFrom:` / `enterprises:` item. */
  places: EntryPlaces;
  /** What the cross-file checks need from the parsed body; the tree itself is not kept (4,000 trees held at once cost GBs). */
  links: Nodes[];
  honorTables: HonorTable[];
  /** The anchors the page will have (see `collectPageAnchors`), null when unknown. */
  anchors: Set<string> | null;
  bodyLine: number;
  /** CSV files its `<Chart>`s read, checked on every run (charts.ts). */
  chartFiles?: ChartFileRef[];
  /** Personal numbers in the file (front matter, body, rows), judged against site.yaml on every run. */
  personal: PersonalHit[];
  findings: LocalFinding[];
}

/** Positions in the front matter that findings of the cross-file checks point at. */
export interface EntryPlaces {
  slug: Position;
  redirectFrom: Position[];
  enterprises: Position[];
  /** The story cover's `src:` value, when there is one. */
  cover?: Position | undefined;
}

/** The `EntryPlaces` of parsed front matter (line 1, column 1 where there is none). */
export function placesOf(yaml: ParsedYaml | null): EntryPlaces {
  const start = { line: 1, column: 1 };
  const items = (key: string) => {
    const list = yaml?.data?.[key];
    return Array.isArray(list) ? list.map((_, i) => yaml!.valuePosition([key, i])) : [];
  };
  return {
    slug: yaml?.data && 'slug' in yaml.data ? yaml.valuePosition(['slug']) : start,
    redirectFrom: items('redirectFrom'),
    enterprises: items('enterprises'),
    cover: typeof (yaml?.data?.['cover'] as Record<string, unknown> | undefined)?.['src'] === 'string' ? yaml!.valuePosition(['cover', 'src']) : undefined,
  };
}

/**
 * Reads one content file and runs every check that needs nothing but the file. With a `cache`, a file whose
 * bytes it has seen (under the same checker code) is not parsed again.
 */
export async function loadEntry(contentDir: string, file: ContentFile, cache?: EntryCache): Promise<LoadedEntry> {
  const absPath = path.resolve(contentDir, file.rel);
  const decoded = decodeText(await readFile(absPath));
  if (decoded.encoding !== 'utf-8') {
    // Read as UTF-8 the page would be mojibake: one error at line 1 naming the encoding, and nothing else about the file.
    const message = fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding]);
    return { ...inspectEntry(file, '', absPath), personal: [], findings: [at(1, 1, 'error', 'encoding', message)] };
  }
  const source = (decoded.text ?? '').replace(/\r\n?/g, '\n');
  const cached = cache?.get(file, source);
  if (cached) return { ...cached, absPath };
  const entry = inspectEntry(file, source, absPath);
  cache?.set(file, source, entry);
  return entry;
}

function inspectEntry(file: ContentFile, source: string, absPath: string): LoadedEntry {
  const findings: LocalFinding[] = [...checkInvisible(source), ...checkUndrawable(source)];
  const text = source.replace(/^\uFEFF/, '');
  const isYamlFile = file.kind === 'enterprise' || file.kind === 'event';
  const split = isYamlFile ? { yaml: text, yamlLine: 1, body: '', bodyLine: 1 } : splitFrontMatter(text);
  if (split.yaml === null) findings.push(at(1, 1, 'error', 'front-matter-missing', '文件开头缺少信息区：第一行应当是 ---，接着写 title、date 等字段，再用一行 --- 结束'));
  const yaml = split.yaml === null ? null : parseYamlWithPositions(split.yaml, split.yamlLine);
  if (yaml) findings.push(...yaml.errors, ...checkFields(file.kind, yaml));
  const data = yaml?.data ?? {};
  const place = isYamlFile ? undefined : placePiece(KIND_FOLDERS[file.kind] as PieceFolder, file.rel.slice(file.rel.indexOf('/') + 1), data);
  if (place && yaml) findings.push(...checkYearFolder(file.kind, place, yaml));
  // The YAML an editor wrote: a piece's front matter, or the whole of an enterprise or 大事记 file.
  const head = isYamlFile ? text : text.split('\n').slice(0, split.bodyLine - 1).join('\n');
  const headText = head.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  findings.push(...checkPlaceholders(headText, 1), ...checkWatermarks(head, 1));
  let links: Nodes[] = [];
  let tables: HonorTable[] = [];
  let anchors: Set<string> | null = null;
  let chartFiles: ChartFileRef[] = [];
  const personal = findPersonalHits(text);
  if (file.kind === 'event' && yaml) {
    links = eventLinks(yaml);
    findings.push(...checkEventYears(yaml, Number(file.yearFolder), file.rel));
  }
  if (!isYamlFile) {
    const mdx = file.rel.endsWith('.mdx');
    let markdown = parseMarkdown('');
    try {
      markdown = parseMarkdown(split.body, mdx);
    } catch (error) {
      // Only MDX can fail to parse (Markdown always does); its own findings stop here, with the parser's place.
      findings.push(mdxSyntaxFinding(error, split.bodyLine));
    }
    links = linkNodes(markdown.tree);
    if (mdx) {
      const charts = checkChartNodes(markdown.tree, split.bodyLine);
      findings.push(...charts.findings);
      chartFiles = charts.files;
    }
    if (file.kind === 'honor') tables = readHonorTables(markdown.tree);
    anchors = collectPageAnchors(file.kind, markdown.tree, tables);
    findings.push(
      ...checkPlaceholders(markdown.words, split.bodyLine),
      ...checkWatermarks(markdown.prose, split.bodyLine),
      ...(mdx ? checkMdx(markdown.tree, split.body, split.bodyLine) : checkUnsafe(markdown.tree, split.body, split.bodyLine)),
      ...checkPunctuation(markdown.words, split.bodyLine),
    );
    personal.splice(0, personal.length, ...markCommentHits(personal, markdown.tree, split.bodyLine));
    personal.push(...findRenderedHits(markdown.tree, split.body, split.bodyLine, new Set(personal.map((hit) => hit.key))));
  }
  const slug = place?.slug ?? path.basename(file.rel).replace(/\.[^.]+$/, '');
  const url = place?.url ?? (file.kind === 'event' ? yearUrl(slug) : enterpriseUrl(slug));
  const oldUrls = place?.oldUrls ?? [];
  return { kind: file.kind, rel: file.rel, absPath, yearFolder: file.yearFolder, slug, url, oldUrls, data, places: placesOf(yaml), links, honorTables: tables, anchors, bodyLine: split.bodyLine, personal, chartFiles, findings };
}

/** The year a piece's dates give it must be the folder it sits in (both in Beijing time). */
function checkYearFolder(kind: ContentKind, place: PiecePlace, yaml: ParsedYaml): LocalFinding[] {
  const parsed = readPieceDates(yaml.data ?? {});
  // A `year` that disagrees with the date is reported on its own (year-mismatch); say one thing at a time.
  if (!parsed || pieceYear(parsed) === place.year || (parsed.year !== undefined && parsed.year !== beijingYear(parsed.date))) return [];
  const year = pieceYear(parsed);
  const key = parsed.year === undefined ? 'date' : 'year';
  const pos = yaml.valuePosition([key]);
  const said = key === 'date' ? `“date”（日期）是北京时间 ${year} 年` : `“year”（年份）是 ${year}`;
  return [at(pos.line, pos.column, 'error', 'year-folder', `文件放在 ${place.year} 文件夹里，但${said}；请把文件移到 ${KIND_FOLDERS[kind]}/${year}/ 文件夹，或改正日期`)];
}
