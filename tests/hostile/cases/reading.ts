import type { ContentCase } from '../case.ts';

/*
 * Rows for the fields of the official-publication line at the end of a piece (来源 / 责任编辑 / 审核: source, editor,
 * reviewer). Line numbers count from the file's first line (`---`); the fields below start on line 6.
 */

const front = (fields: string, body = '各位委员：\n\n正文第一段。\n') => `---\n${fields}\n---\n\n${body}`;
const REPORT = 'title: 在市工商联主席会议上的讲话\nmeeting: 主席会议\nsummary: 部署当前工作。\ndate: 2024-03-01';

export const cases: ContentCase[] = [
  {
    name: 'an empty 来源 line left in from the template',
    family: 'late',
    files: { 'reports/2024/laiyuan-kong.md': front(`${REPORT}\nsource: ""`) },
    expect: { refused: { file: 'reports/2024/laiyuan-kong.md', line: 6, message: /“source”（来源）是空的；不用这个字段时请整行删掉/ } },
  },
  {
    name: 'two 责任编辑 written as a list',
    family: 'late',
    files: { 'reports/2024/bianji-liebiao.md': front(`${REPORT}\neditor: [林晓雯, 程雨桐]`) },
    expect: { refused: { file: 'reports/2024/bianji-liebiao.md', line: 6, message: /“editor”（责任编辑）应当是一段文字/ } },
  },
  {
    name: 'markup in 审核 is shown as the text it is, never as markup',
    family: 'unsafe',
    files: { 'reports/2024/shenhe-biaoqian.md': front(`${REPORT}\nreviewer: 周正平<img src=x onerror=alert(1)>`) },
    expect: { accepted: { present: [{ page: 'reports/2024/shenhe-biaoqian/index.html', text: '审核：周正平&lt;img src=x onerror=alert(1)&gt;' }] } },
  },
  {
    name: '来源, 责任编辑 and 审核 with a rare character, each published whole at the end of the page',
    family: 'loss',
    files: { 'reports/2024/laiyuan-quan.md': front(`${REPORT}\nsource: 锦川市𠮷祥商会秘书处\neditor: 欧阳䶮\nreviewer: 周正平`) },
    expect: { accepted: { present: [{ page: 'reports/2024/laiyuan-quan/index.html', text: /来源：锦川市𠮷祥商会秘书处<\/span> <span[^>]*>责任编辑：欧阳䶮<\/span> <span[^>]*>审核：周正平/ }] } },
  },
];
