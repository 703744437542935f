import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileMessages } from '../../i18n/files.ts';
import { judgeFileName } from '../content-extensions.ts';
import { type ContentKind, KIND_FOLDERS, KIND_NAMES } from '../content-kinds.ts';
import { numbersText } from '../../i18n/numbers.ts';
import { at, type Finding } from './finding.ts';

/** A content file the site publishes, located by kind and year folder. */
export interface ContentFile {
  kind: ContentKind;
  /** Path inside the content folder with `/` separators, e.g. `reports/2024/zhiwei.md`. */
  rel: string;
  /** The year folder (`"2024"`) for reports, honours and stories; the year an events file is named after. */
  yearFolder?: string;
}

const IMAGE = /\.(?:png|jpe?g|webp|gif|svg|avif)$/i;
// Chart data beside a report or story: checked through the `<Chart src>` that names it (checks/charts.ts), never published as a file.
const CHART_DATA = /\.csv$/i;
const KIND_BY_FOLDER = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as ContentKind]));
const KNOWN_LIST = Object.entries(KIND_FOLDERS).map(([kind, folder]) => `${folder}（${KIND_NAMES[kind as ContentKind]}）`).join('、');

/** Lists every file under a folder (relative, `/`-separated), skipping dot files. */
export async function listFiles(root: string, sub = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, sub), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(root, rel)));
    else files.push(rel);
  }
  return files;
}

/**
 * Sorts a file into its kind, or explains why the site will not publish it.
 * `"reports/2024/a.md"` → `{ kind: "report", yearFolder: "2024" }`; `"news/a.md"` → an unknown-kind message.
 */
export function classifyFile(rel: string): ContentFile | { problem: string; code: string; level: 'error' | 'warning' } | null {
  const parts = rel.split('/');
  const [top = '', ...rest] = parts;
  const name = parts.at(-1) ?? '';
  if (rel === 'site.yaml') return null;
  const kind = KIND_BY_FOLDER.get(top);
  if (!kind) return { code: 'unknown-kind', level: 'error', problem: `不认识的内容类型“${rest.length ? top : name}”，网站不会发布它；内容只能放在 ${KNOWN_LIST} 里` };
  const judged = judgeFileName(kind, name);
  const renamed = !judged.published && judged.renameTo !== undefined ? judged.renameTo : undefined;
  if (renamed !== undefined) return { code: 'extension-case', level: 'error', problem: fileMessages.renameExtension(name, renamed) };
  if (kind === 'event') return classifyEventFile(rel, name, judged.published);
  if (kind === 'enterprise') {
    if (judged.published) return { kind, rel };
    return { code: 'unknown-file', level: 'error', problem: `企业文件夹里只能放 .yaml 文件，网站不会发布“${name}”` };
  }
  if (/\.mdx$/i.test(name) && kind === 'honor') return { code: 'mdx-not-allowed', level: 'error', problem: '表彰名单只能用 .md 文件，不能用 .mdx；请把扩展名改成 .md' };
  if (IMAGE.test(name) || CHART_DATA.test(name)) return null;
  if (!judged.published) {
    const word = /\.(?:docx?|wps|txt)$/i.test(name) ? '，Word 或文本文件请先用 npm run import 转成 Markdown' : '';
    return { code: 'unknown-file', level: 'error', problem: `网站不会发布“${name}”这种文件${word}` };
  }
  const yearFolder = rest.length > 1 ? rest[0] : undefined;
  if (yearFolder === undefined) return { code: 'no-year-folder', level: 'error', problem: `文件要放在年份文件夹里，例如 ${top}/2024/${name}；现在网站不会发布它` };
  if (!/^\d{4}$/.test(yearFolder)) return { code: 'no-year-folder', level: 'error', problem: `“${yearFolder}”不是年份文件夹，请放进四位数字的年份文件夹，例如 ${top}/2024/` };
  return { kind, rel, yearFolder };
}

/** `events/2024.yaml` → `{ kind: "event", yearFolder: "2024" }`: one file per year, named by the year, straight in events/. */
function classifyEventFile(rel: string, name: string, published: boolean): ContentFile | { problem: string; code: string; level: 'error' } {
  const year = /^(\d{4})\.ya?ml$/.exec(name)?.[1];
  if (!published || year === undefined || rel !== `events/${name}`) return { code: 'event-file-name', level: 'error', problem: numbersText.events.fileName(rel) };
  return { kind: 'event', rel, yearFolder: year };
}

/** Walks the content folder: the files to check, and findings for files the site would ignore. */
export async function collectContentFiles(contentDir: string, display: (rel: string) => string): Promise<{ files: ContentFile[]; findings: Finding[] }> {
  const files: ContentFile[] = [];
  const findings: Finding[] = [];
  const reportedFolders = new Set<string>();
  for (const rel of await listFiles(contentDir)) {
    const result = classifyFile(rel);
    if (result === null) continue;
    if ('kind' in result) {
      files.push(result);
      continue;
    }
    if (result.code === 'unknown-kind' && rel.includes('/')) {
      const folder = rel.split('/')[0] ?? rel;
      if (reportedFolders.has(folder)) continue;
      reportedFolders.add(folder);
      findings.push({ file: display(folder), ...at(1, 1, result.level, result.code, result.problem) });
      continue;
    }
    findings.push({ file: display(rel), ...at(1, 1, result.level, result.code, result.problem) });
  }
  return { files, findings };
}
