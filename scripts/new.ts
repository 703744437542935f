/** `npm run new -- <report|honor|story|enterprise|event> "标题"`: creates a content file with every field explained. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KIND_NAMES, type ContentKind } from '../src/lib/content-kinds.ts';
import { contentDir } from '../src/lib/paths.ts';
import { createScaffold } from '../src/lib/scaffold.ts';

const USAGE = '用法：npm run new -- <report|honor|story|enterprise|event> "标题"\n  report 工作报告，honor 表彰名单，story 企业故事，enterprise 企业（标题写企业全称），event 今年的大事记文件（标题写第一件事）';
const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!kind || !(kind in KIND_NAMES) || title === '') {
  console.error(kind && !(kind in KIND_NAMES) ? `不认识的内容类型“${kind}”\n${USAGE}` : USAGE);
  process.exit(2);
}
const scaffold = createScaffold(kind as ContentKind, title, new Date());
const target = path.join(contentDir, scaffold.rel);
if (existsSync(target)) {
  console.error(`文件已存在：${target}，没有覆盖。请换一个标题，或直接编辑这个文件。`);
  process.exit(1);
}
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, scaffold.text, 'utf8');
console.log(`已创建${KIND_NAMES[kind as ContentKind]}：${target}\n请填写标着“必填”的字段，写好正文后运行 npm run check 检查。`);
