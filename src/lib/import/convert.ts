import { isDebrisLine } from '../checks/watermarks.ts';
import { createOutlineNumbering, parseOutlineMarker, splitRunInHeading } from '../outline.ts';
import type { Block } from './blocks.ts';

/** What the opening lines said about the document. */
export interface DetectedMeta {
  title: string;
  /** e.g. `"十届三次执委会议"`, placeholders kept: `"X届X次执委会议"`. */
  meeting?: string;
  organisation?: string;
  /** `YYYY-MM-DD` from a line like `——2024年1月18日在…上`. */
  date?: string;
  speaker?: string;
}

/** A line taken out of the document, with where it was and why. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

/** The Markdown body with what was detected and what was removed. */
export interface ConvertedBody {
  meta: DetectedMeta;
  body: string;
  removed: RemovedLine[];
  /** The headings written, e.g. `["## 一、2019工作回顾", "### （一）教育引导扎实推进。"]`. */
  outline: string[];
}

const TITLE = /(?:报告|讲话|致辞|发言|总结|要点|意见|通知|决定|名单|公告|通报)$/;
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const ORG = /^(.*?(?:工商联|工商业联合会|总商会|商会|联合会))(?:（总商会）)?(第?[一二三四五六七八九十百XＸ×\d]+届.*)$/;
const SPEAKER = /^[\u4e00-\u9fa5]{0,12}(?:主席|会长|书记|主任|部长|省长|市长|县长|总理)[\s\u3000]*[\u4e00-\u9fa5]{1,2}[\s\u3000]*[\u4e00-\u9fa5]{1,2}$/;
const DEPTH = { 1: '##', 2: '###', 3: '####', 4: '#####' } as const;

/** Reads the meeting out of a title: `"在市工商联十届三次执委会议上的工作报告"` → `{ organisation: "市工商联", meeting: "十届三次执委会议" }`. */
export function detectMeeting(title: string): { meeting?: string; organisation?: string } {
  const venue = /在(.+?(?:会议|大会|会))上的/.exec(title)?.[1];
  if (!venue) return {};
  const org = ORG.exec(venue);
  return org ? { organisation: org[1] ?? '', meeting: org[2] ?? venue } : { meeting: venue };
}

/** Escapes what Markdown would read as syntax at the start of a paragraph, and any raw HTML. `"1. 是"` → `"1\. 是"` */
export function escapeParagraph(text: string): string {
  const safe = text.replace(/</g, '&lt;');
  return safe.replace(/^([#>+\-*=|])/, '\\$1').replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

function writeTable(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function fullWidthMarker(text: string): string {
  return text.replace(/^\(([一二三四五六七八九十0-9０-９]{1,3})\)/, '（$1）');
}

/** Finds the title among the opening lines: the first short line ending like a title, else the first clean line. */
export function findTitleIndex(blocks: readonly Block[]): number {
  const opening = blocks.slice(0, 30);
  const candidate = opening.findIndex((b) => b.type === 'text' && !isDebrisLine(b.text) && [...b.text].length <= 60 && TITLE.test(b.text));
  if (candidate !== -1) return candidate;
  return Math.max(0, blocks.findIndex((b) => b.type === 'text' && !isDebrisLine(b.text)));
}

/**
 * Turns blocks of a report into Markdown: lines before the title and advert lines removed, `一、` → `##`,
 * `（一）` → `###` run-in heading with the rest as a paragraph, `1．` → `####`, `（1）` → `#####`, tables as GFM.
 */
export function convertBlocks(blocks: readonly Block[]): ConvertedBody {
  const titleIndex = findTitleIndex(blocks);
  const titleBlock = blocks[titleIndex];
  const title = titleBlock?.type === 'text' ? titleBlock.text : '';
  const meta: DetectedMeta = { title, ...detectMeeting(title) };
  const removed: RemovedLine[] = [];
  const parts: string[] = [];
  const outline: string[] = [];
  const next = createOutlineNumbering();
  blocks.forEach((block, i) => {
    if (i === titleIndex) return;
    if (block.type === 'table') {
      if (i > titleIndex) parts.push(writeTable(block.rows));
      return;
    }
    if (i < titleIndex) return void removed.push({ line: block.line, text: block.text, reason: '标题前的广告或说明' });
    if (isDebrisLine(block.text)) return void removed.push({ line: block.line, text: block.text, reason: '水印或广告' });
    const opening = i - titleIndex <= 3 && parts.length === 0;
    const date = DATE.exec(block.text);
    if (opening && date && block.text.startsWith('—')) {
      meta.date = `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`;
      const venue = /在(.+?)上$/.exec(block.text)?.[1];
      if (meta.meeting === undefined && venue !== undefined) meta.meeting = venue;
      return void removed.push({ line: block.line, text: block.text, reason: '已写入信息区（date）' });
    }
    if (opening && SPEAKER.test(block.text)) {
      meta.speaker = block.text.replace(/[\s\u3000]+/g, ' ');
      return void removed.push({ line: block.line, text: block.text, reason: '已写入信息区（speaker）' });
    }
    const text = fullWidthMarker(block.text);
    const marker = parseOutlineMarker(text);
    const split = marker && marker.level > 1 ? splitRunInHeading(text) : marker ? { heading: text, rest: '' } : null;
    if (marker && split && next(marker)) {
      const heading = `${DEPTH[marker.level]} ${split.heading.replace(/</g, '&lt;')}`;
      outline.push(heading);
      parts.push(heading);
      if (split.rest) parts.push(escapeParagraph(split.rest));
      return;
    }
    parts.push(escapeParagraph(text));
  });
  return { meta, body: `${parts.join('\n\n')}\n`, removed, outline };
}
