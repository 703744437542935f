/** `npm run import -- <文件.docx|文件.txt> --type report [--year 2019]`: converts a document into a content file. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileMessages } from '../src/i18n/files.ts';
import { formatFinding } from '../src/lib/checks/format.ts';
import { ImportError, importDocx, importText, type ImportKind, type ImportResult } from '../src/lib/import/index.ts';
import { contentDir } from '../src/lib/paths.ts';
import { decodeText } from '../src/lib/text-encoding.ts';

const USAGE = '用法：npm run import -- <文件.docx|文件.txt> --type <report|honor|story> [--year 2019]';
const KINDS = new Set(['report', 'honor', 'story']);

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseArgs<{ options: { type: { type: 'string' }; year: { type: 'string' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { type: { type: 'string' }, year: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const [file] = parsed.positionals;
const kind = parsed.values.type ?? 'report';
if (!file) fail(USAGE, 2);
if (!KINDS.has(kind)) fail(`--type 只能是 report、honor 或 story，不能是“${kind}”\n${USAGE}`, 2);
const year = parsed.values.year === undefined ? undefined : Number(parsed.values.year);
if (year !== undefined && !(Number.isInteger(year) && year >= 1950 && year <= 2100)) fail(`--year 应当是四位数字的年份，例如 --year 2019`, 2);
if (/\.doc$/i.test(file)) fail('旧的 .doc 文件不能直接导入，请在 Word 里“另存为” .docx 后再导入');
if (!existsSync(file)) fail(`找不到文件 ${file}`);

let result: ImportResult;
let convertedFrom: string | undefined;
try {
  const options = { kind: kind as ImportKind, year, sourceName: path.basename(file) };
  if (/\.docx$/i.test(file)) result = await importDocx(await readFile(file), options);
  else {
    // Notepad and WPS save plain text as GBK (ANSI) or UTF-16 (Unicode) as often as UTF-8: read it as it is.
    const decoded = decodeText(await readFile(file));
    if (decoded.text === undefined) fail(fileMessages.notUtf8(fileMessages.encodingNames.unknown));
    if (decoded.encoding !== 'utf-8') convertedFrom = fileMessages.encodingNames[decoded.encoding];
    result = importText(decoded.text, options);
  }
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
const target = path.join(contentDir, result.rel);
if (existsSync(target)) fail(`文件已存在：${target}，没有覆盖。请先改名或删除旧文件，或者在新文件里写不同的 slug。`);
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, result.text, 'utf8');

const unit = /\.docx$/i.test(file) ? '段' : '行';
console.log(`已导入：${target}`);
if (convertedFrom !== undefined) console.log(fileMessages.converted(convertedFrom));
console.log(`标题：${result.meta.title}${result.meta.meeting ? `\n会议：${result.meta.meeting}` : ''}`);
console.log(`大纲：${result.outline.length} 个标题（${result.outline.filter((h) => h.startsWith('## ')).length} 个部分）`);
if (result.removed.length > 0) {
  console.log(`\n已删除 ${result.removed.length} 行（原文件中的位置）：`);
  for (const r of result.removed) console.log(`  第 ${r.line} ${unit}  ${r.reason}  ${r.text}`);
}
for (const note of result.notes) console.log(`\n注意：${note}`);
if (result.findings.length > 0) {
  console.log(`\n新文件里还有 ${result.findings.length} 处要处理（占位符保留原样，请逐一填写）：`);
  for (const f of result.findings) console.log(`  ${formatFinding({ file: target, ...f })}`);
}
console.log('\n请填写信息区里标着“必填”的字段，然后运行 npm run check。');
