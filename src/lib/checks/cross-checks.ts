import { createEnterpriseIndex, type EnterpriseIndex, type EnterpriseNames } from '../enterprise-index.ts';
import { NAME_COLUMNS } from '../honors.ts';
import { isAsciiSlug } from '../slug.ts';
import type { LoadedEntry } from './entry.ts';
import { KIND_NAMES } from './fields.ts';
import { at, type LocalFinding } from './finding.ts';
import { localImageProblem } from './links.ts';
import { suggestClosest } from './suggest.ts';

/** Two pieces of the same kind and year with the same URL slug (or an old slug that is another's current one). */
export function checkDuplicateSlugs(entries: readonly LoadedEntry[], display: (rel: string) => string): Map<LoadedEntry, LocalFinding[]> {
  const result = new Map<LoadedEntry, LocalFinding[]>();
  const seen = new Map<string, LoadedEntry>();
  const add = (entry: LoadedEntry, finding: LocalFinding) => result.set(entry, [...(result.get(entry) ?? []), finding]);
  for (const entry of entries) {
    const where = entry.places.slug;
    const first = seen.get(entry.url);
    if (first) {
      const hint = entry.kind === 'enterprise' ? '请给其中一个改文件名' : '请在信息区写一个不同的 slug';
      add(entry, at(where.line, where.column, 'error', 'duplicate-slug', `网址 ${entry.url} 与 ${display(first.rel)} 重复，${hint}`));
    } else seen.set(entry.url, entry);
  }
  for (const entry of entries) {
    const old = Array.isArray(entry.data['redirectFrom']) ? entry.data['redirectFrom'] : [];
    old.forEach((from, i) => {
      const url = entry.url.replace(/[^/]+\/$/, `${String(from)}/`);
      const other = seen.get(url);
      if (!other || other === entry) return;
      const pos = entry.places.redirectFrom[i] ?? { line: 1, column: 1 };
      add(entry, at(pos.line, pos.column, 'error', 'duplicate-slug', `旧网址名“${String(from)}”正被 ${display(other.rel)} 使用，跳转会覆盖那一页；请删掉这一项`));
    });
  }
  return result;
}

/** Enterprise file names must be URL-safe: `huarui-yaoye.yaml`. */
export function checkEnterpriseFileName(entry: LoadedEntry): LocalFinding[] {
  if (entry.kind !== 'enterprise' || isAsciiSlug(entry.slug)) return [];
  return [at(1, 1, 'error', 'enterprise-file-name', `企业文件名“${entry.slug}”只能用小写英文字母、数字和连字符，例如 huarui-yaoye.yaml（它就是企业页面的网址）`)];
}

interface EnterpriseLookup {
  names: EnterpriseNames[];
  index: EnterpriseIndex;
  candidates: string[];
}

// One lookup per list of enterprises, shared by every story of the tree (not rebuilt per story).
const lookups = new WeakMap<readonly LoadedEntry[], EnterpriseLookup>();

function lookupFor(enterprises: readonly LoadedEntry[]): EnterpriseLookup {
  let lookup = lookups.get(enterprises);
  if (lookup) return lookup;
  const names = enterprises.map((e) => ({
    slug: e.slug,
    name: typeof e.data['name'] === 'string' ? e.data['name'] : e.slug,
    aliases: Array.isArray(e.data['aliases']) ? e.data['aliases'].filter((a): a is string => typeof a === 'string') : [],
  }));
  lookup = { names, index: createEnterpriseIndex(names), candidates: names.flatMap((e) => [e.slug, e.name, ...e.aliases]) };
  lookups.set(enterprises, lookup);
  return lookup;
}

/** Story `enterprises:` entries that match no enterprise file name, full name or alias, with a "did you mean". */
export function checkEnterpriseReferences(entry: LoadedEntry, enterprises: readonly LoadedEntry[]): LocalFinding[] {
  const list = entry.data['enterprises'];
  if (entry.kind !== 'story' || !Array.isArray(list)) return [];
  const { names, index, candidates } = lookupFor(enterprises);
  const findings: LocalFinding[] = [];
  list.forEach((reference, i) => {
    if (typeof reference !== 'string' || index.resolve(reference) !== undefined) return;
    const guess = suggestClosest(reference, candidates);
    const owner = guess === undefined ? undefined : names.find((e) => e.slug === guess || e.name === guess || e.aliases.includes(guess));
    const hint = owner ? `，是不是“${owner.name}”（${owner.slug}）？` : '；请先在 content/enterprises/ 里添加这家企业';
    const pos = entry.places.enterprises[i] ?? { line: 1, column: 1 };
    findings.push(at(pos.line, pos.column, 'error', 'unknown-enterprise', `不认识的企业“${reference}”${hint}`));
  });
  return findings;
}

/** Honour tables without a name column: the page could not list or link the honourees. */
export function checkHonorTables(entry: LoadedEntry): LocalFinding[] {
  if (entry.kind !== 'honor') return [];
  const columns = NAME_COLUMNS.map((c) => `“${c}”`).join('、');
  return entry.honorTables
    .filter((table) => table.nameColumn === -1)
    .map((table) => at(table.line + entry.bodyLine - 1, 1, 'error', 'honor-table-name', `${KIND_NAMES.honor}的表格缺少“名称”列：表头第一行要有 ${columns} 之一，写受表彰的企业、个人或单位`));
}

/**
 * A cover image (`cover.src`) whose file is not there, or is outside the content folder: Astro would stop the build
 * with an English error that names no file, or publish a file of the build machine.
 * `cover: { src: ./missing.png }` → `找不到封面图片 ./missing.png，请检查文件名和位置`
 */
export function checkCoverImage(entry: LoadedEntry, contentRoot: string): LocalFinding[] {
  const cover = entry.places.cover;
  const problem = cover && localImageProblem(entry.absPath, cover.src, contentRoot);
  if (!cover || !problem) return [];
  const message = problem === 'missing' ? `找不到封面图片 ${cover.src}，请检查文件名和位置` : `封面图片 ${cover.src} 不在内容文件夹里，不能发布：请把图片放在文章旁边，写成 ./图片名.jpg`;
  return [at(cover.at.line, cover.at.column, 'error', problem === 'missing' ? 'missing-image' : 'image-outside', message)];
}
