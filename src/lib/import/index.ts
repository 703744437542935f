import mammoth from 'mammoth';
import { KIND_FOLDERS, type ContentKind } from '../content-kinds.ts';
import type { LocalFinding } from '../checks/finding.ts';
import { checkPlaceholders } from '../checks/placeholders.ts';
import { checkWatermarks } from '../checks/watermarks.ts';
import { renderFields, type FieldValues } from '../scaffold.ts';
import { slugify } from '../slug.ts';
import { textToBlocks, type Block } from './blocks.ts';
import { convertBlocks, type DetectedMeta, type RemovedLine } from './convert.ts';
import { htmlToBlocks } from './html-blocks.ts';

export type { DetectedMeta, RemovedLine } from './convert.ts';

/** The kinds a document can be imported as. */
export type ImportKind = Exclude<ContentKind, 'enterprise'>;

/** What to import and how. */
export interface ImportOptions {
  kind: ImportKind;
  /** Year folder and `year:`; defaults to the year of the detected date. */
  year?: number | undefined;
  /** The source file's name, mentioned in the generated header. */
  sourceName: string;
}

/** A converted document, ready to be written to `content/<rel>`. */
export interface ImportResult {
  /** e.g. `reports/2019/zai-shi-gong-shang-lian-x-jie-x-ci-zhi-wei-hui-yi-shang-de.md` */
  rel: string;
  text: string;
  meta: DetectedMeta;
  removed: RemovedLine[];
  outline: string[];
  /** Placeholders and adverts still in the output, with line numbers in the new file. */
  findings: LocalFinding[];
  /** Notes for the editor, e.g. images that were not imported. */
  notes: string[];
}

/** Raised when a document cannot be imported; the message is for editors. */
export class ImportError extends Error {}

function buildResult(blocks: readonly Block[], options: ImportOptions, notes: string[]): ImportResult {
  const converted = convertBlocks(blocks);
  const { meta } = converted;
  if (!meta.title) throw new ImportError(`${options.sourceName} 里没有找到标题，请检查文件是否为空`);
  const year = options.year ?? (meta.date ? Number(meta.date.slice(0, 4)) : undefined);
  if (year === undefined) throw new ImportError(`没有在 ${options.sourceName} 的开头找到日期，无法判断年份；请加上 --year，例如 --year 2019`);
  const values: FieldValues = { title: meta.title, year, draft: false };
  if (meta.date) values['date'] = meta.date;
  if (options.kind === 'report') {
    if (meta.meeting) values['meeting'] = meta.meeting;
    if (meta.speaker) values['speaker'] = meta.speaker;
  }
  const header = `# 由 npm run import 从 ${options.sourceName} 转换。带“必填，请填写”的字段要填好；写完后运行 npm run check 检查。`;
  const frontMatter = `---\n${header}\n${renderFields(options.kind, values)}\n---\n`;
  const text = `${frontMatter}\n${converted.body}`;
  const plain = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  const findings = [...checkPlaceholders(plain, 1), ...checkWatermarks(text, 1)].sort((a, b) => a.line - b.line || a.column - b.column);
  const rel = `${KIND_FOLDERS[options.kind]}/${year}/${slugify(meta.title)}.md`;
  return { rel, text, meta, removed: converted.removed, outline: converted.outline, findings, notes };
}

/**
 * Imports a plain-text report (as pasted from a template) into a Markdown content file.
 * `("在市工商联十届三次执委会议上的工作报告\n一、…", { kind: "report", year: 2024 })` → `{ rel: "reports/2024/…md", text: "---\ntitle: …" }`
 */
export function importText(source: string, options: ImportOptions): ImportResult {
  return buildResult(textToBlocks(source.replace(/^\uFEFF/, '')), options, []);
}

/** Imports a Word (.docx) file through mammoth: paragraphs and headings as text, tables as GFM tables. */
export async function importDocx(buffer: Buffer, options: ImportOptions): Promise<ImportResult> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (error) {
    throw new ImportError(`无法读取 Word 文件 ${options.sourceName}：只支持 .docx（旧的 .doc 请先在 Word 里另存为 .docx）`, { cause: error });
  }
  const { blocks, droppedImages } = htmlToBlocks(html);
  const notes = droppedImages > 0 ? [`文件里有 ${droppedImages} 张图片没有导入；需要时请另存图片，放在文章旁边，用 ![说明](./图片.jpg) 插入`] : [];
  return buildResult(blocks, options, notes);
}
