/** `npm run docs:fields`: rewrites the field tables of docs/编辑指南.md from the content schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { updateFieldGuide } from '../src/lib/field-guide.ts';

const file = 'docs/编辑指南.md';
const before = readFileSync(file, 'utf8');
const after = updateFieldGuide(before);
writeFileSync(file, after);
console.log(before === after ? `${file} 的字段表已是最新` : `已按 src/lib/content-schemas.ts 更新 ${file} 的字段表`);
