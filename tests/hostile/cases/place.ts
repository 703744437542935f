import { readFileSync } from 'node:fs';
import type { ContentCase } from '../case.ts';

/*
 * Rows about where and when a piece is published, what its front matter may say, and honour lists that lose no row.
 * Line numbers count from the file's first line (`---`).
 */

const front = (fields: string, body = '正文第一段。\n') => `---\n${fields}\n---\n\n${body}`;
const REPORT = 'title: 在市工商联主席会议上的讲话\nmeeting: 主席会议\nsummary: 部署当前工作。';
const STORY = 'title: 一家企业的故事\nsummary: 一家企业的故事。';
const HONOR = 'title: 先进集体名单\nissuers: [澄江市工商联]\ndate: 2024-05-10\nsummary: 表彰先进。';
const honorList = (rows: string) => front(HONOR, `## 先进集体\n\n| 名称 | 地区 |\n|---|---|\n${rows}`);
const image = readFileSync(new URL('../../fixtures/mini/stories/2023/lvye-cover.png', import.meta.url));
const siteYaml = readFileSync(new URL('../../fixtures/mini/site.yaml', import.meta.url), 'utf8');

export const cases: ContentCase[] = [
  {
    name: 'a report dated 07:30 on 1 January in Beijing, moved to the previous year as the old message advised',
    family: 'place',
    files: { 'reports/2024/yuandan.md': front(`${REPORT}\ndate: 2025-01-01T07:30:00+08:00`) },
    expect: { refused: { file: 'reports/2024/yuandan.md', line: 5, message: /北京时间 2025 年.*reports\/2025\// } },
  },
  {
    name: 'a report dated 07:30 on 1 January in Beijing, in that year’s folder',
    family: 'place',
    files: { 'reports/2025/yuandan.md': front(`${REPORT}\ndate: 2025-01-01T07:30:00+08:00`) },
    expect: { accepted: { present: [{ page: 'reports/2025/yuandan/index.html', text: '2025年1月1日' }] } },
  },
  {
    name: 'a year that disagrees with the date',
    family: 'place',
    files: { 'reports/2024/nianfen.md': front(`${REPORT}\ndate: 2024-03-01\nyear: 2023`) },
    expect: { refused: { file: 'reports/2024/nianfen.md', line: 6, message: /“year”（年份）2023 与“date”（日期）的年份 2024 不一致/ } },
  },
  {
    name: 'a day that does not exist',
    family: 'place',
    files: { 'reports/2024/riqi.md': front(`${REPORT}\ndate: 2024-02-30`) },
    expect: { refused: { file: 'reports/2024/riqi.md', line: 5, message: /2024-02-30 这一天不存在/ } },
  },
  {
    name: 'a date written with slashes',
    family: 'place',
    files: { 'reports/2024/xiegang.md': front(`${REPORT}\ndate: 2024/3/1`) },
    expect: { refused: { file: 'reports/2024/xiegang.md', line: 5, message: /不是有效日期，请写成 2024-01-18 的形式/ } },
  },
  {
    name: 'a publishAt written in words',
    family: 'place',
    files: { 'reports/2024/mingtian.md': front(`${REPORT}\ndate: 2024-03-01\npublishAt: 明天上午九点`) },
    expect: { refused: { file: 'reports/2024/mingtian.md', line: 6, message: /“publishAt”（定时发布）不是有效日期/ } },
  },
  {
    name: 'a publishAt without a zone is Beijing time: 09:00 has passed at 10:00 Beijing (UTC would say 17:00)',
    family: 'place',
    env: { GSL_NOW: '2025-01-01T10:00:00+08:00' },
    files: { 'reports/2024/dingshi.md': front(`${REPORT}\ndate: 2024-12-30\npublishAt: 2025-01-01T09:00`) },
    expect: { accepted: { present: [{ page: 'reports/2024/dingshi/index.html', text: '在市工商联主席会议上的讲话' }] } },
  },
  {
    name: 'a publishAt without a zone is Beijing time: 11:00 has not come at 10:00 Beijing',
    family: 'place',
    env: { GSL_NOW: '2025-01-01T10:00:00+08:00' },
    files: { 'reports/2024/dingshi-wan.md': front(`${REPORT}\ndate: 2024-12-30\npublishAt: 2025-01-01T11:00`) },
    expect: { accepted: { absentFiles: [/dingshi-wan/] } },
  },
  {
    name: 'a published report links to a draft',
    family: 'place',
    files: { 'reports/2024/lianjie.md': front(`${REPORT}\ndate: 2024-03-01`, '各位委员：\n\n详见[主席办公会议报告](/reports/2024/caogao/)。\n') },
    expect: { refused: { file: 'reports/2024/lianjie.md', line: 10, message: /草稿或尚未到发布时间/ } },
  },
  {
    name: 'a published story links to a story scheduled for 2099',
    family: 'place',
    files: { 'stories/2023/lianjie.md': front(`${STORY}\ndate: 2023-10-01`, '另见[下一篇](/stories/2023/weilai/)。\n') },
    expect: { refused: { file: 'stories/2023/lianjie.md', line: 7, message: /草稿或尚未到发布时间/ } },
  },
  {
    name: 'a draft with redirectFrom publishes no redirect page',
    family: 'place',
    files: { 'reports/2024/caogao-er.md': front(`${REPORT}\ndate: 2024-03-02\ndraft: true\nredirectFrom: [caogao-jiu]`) },
    expect: { accepted: { absentFiles: [/caogao-jiu/, /caogao-er/] } },
  },
  {
    name: 'two pieces with the same URL',
    family: 'place',
    files: { 'reports/2024/changwei-er.md': front(`${REPORT}\ndate: 2024-03-01\nslug: changwei`) },
    expect: { refused: { file: 'reports/2024/changwei-er.md', line: 6, message: /网址 \/reports\/2024\/changwei\/ 与 .*changwei\.md 重复/ } },
  },
  {
    name: 'an old URL that another piece still uses',
    family: 'place',
    files: { 'reports/2024/jiu.md': front(`${REPORT}\ndate: 2024-03-01\nredirectFrom: [changwei]`) },
    expect: { refused: { file: 'reports/2024/jiu.md', line: 6, message: /旧网址名“changwei”正被/ } },
  },
  {
    name: 'draft written as yes',
    family: 'late',
    files: { 'reports/2024/yes.md': front(`${REPORT}\ndate: 2024-03-01\ndraft: yes`) },
    expect: { refused: { file: 'reports/2024/yes.md', line: 6, message: /“draft”（草稿）只能写 true 或 false/ } },
  },
  {
    name: 'front matter indented with a tab',
    family: 'late',
    files: { 'reports/2024/tab.md': front(`${REPORT}\ndate: 2024-03-01\ntags:\n\t- 营商环境`) },
    expect: { refused: { file: 'reports/2024/tab.md', line: 7, message: /信息区（YAML）写法有误/ } },
  },
  {
    name: 'a title written as a list',
    family: 'late',
    files: { 'reports/2024/liebiao.md': front(`title: [讲话, 报告]\nmeeting: 主席会议\nsummary: 摘要。\ndate: 2024-03-01`) },
    expect: { refused: { file: 'reports/2024/liebiao.md', line: 2, message: /“title”（标题）应当是一段文字/ } },
  },
  {
    name: 'a required field left out',
    family: 'late',
    files: { 'reports/2024/queshao.md': front('title: 在市工商联主席会议上的讲话\nmeeting: 主席会议\ndate: 2024-03-01') },
    expect: { refused: { file: 'reports/2024/queshao.md', line: 2, message: /缺少必填字段“summary”（摘要）/ } },
  },
  {
    name: 'a numeric title is published exactly as written',
    family: 'late',
    files: { 'reports/2024/shuzi.md': front(`title: 1.10\nmeeting: 主席会议\nsummary: 摘要。\ndate: 2024-03-01`) },
    expect: { accepted: { present: [{ page: 'reports/2024/shuzi/index.html', text: /<h1>\s*1\.10\s*<\/h1>/ }] } },
  },
  {
    name: 'site.yaml gives the site a javascript: address',
    family: 'late',
    files: { 'site.yaml': siteYaml.replace(/^baseUrl: .*$/m, 'baseUrl: javascript:alert(document.cookie)') },
    expect: { refused: { file: 'site.yaml', line: 4, message: /baseUrl.*应当是完整网址/ } },
  },
  {
    name: 'a story cover outside the content folder',
    family: 'late',
    files: { 'stories/2023/fengmian.md': front(`${STORY}\ndate: 2023-10-01\ncover:\n  src: ../../../../../../etc/hostname.png\n  alt: 封面`) },
    expect: { refused: { file: 'stories/2023/fengmian.md', line: 6, message: /不在 content 文件夹里/ } },
  },
  {
    name: 'a story cover that is not there',
    family: 'late',
    files: { 'stories/2023/meiyou.md': front(`${STORY}\ndate: 2023-10-01\ncover:\n  src: ./meiyou.png\n  alt: 封面`) },
    expect: { refused: { file: 'stories/2023/meiyou.md', line: 6, message: /找不到图片 \.\/meiyou\.png/ } },
  },
  {
    name: 'a story about an enterprise nobody added',
    family: 'late',
    files: { 'stories/2023/weizhi.md': front(`${STORY}\ndate: 2023-10-01\nenterprises: [澄江未知实业有限公司]`) },
    expect: { refused: { file: 'stories/2023/weizhi.md', line: 5, message: /不认识的企业“澄江未知实业有限公司”/ } },
  },
  {
    name: 'a draft’s cover image and body image are never emitted',
    family: 'private',
    files: {
      'stories/2023/caogao-tu.md': front(`${STORY}\ndate: 2023-10-01\ndraft: true\ncover:\n  src: ./caogao-fengmian.png\n  alt: 草稿封面`, '![草稿里的图](./caogao-zhengwen.png)\n'),
      'stories/2023/caogao-fengmian.png': image,
      'stories/2023/caogao-zhengwen.png': image,
    },
    expect: { accepted: { absentFiles: [/caogao-fengmian/, /caogao-zhengwen/, /caogao-tu/], absent: [/草稿里的图|草稿封面/] } },
  },
  {
    name: 'an honour row without a name',
    family: 'loss',
    files: { 'honors/2024/kongming.md': honorList('| 澄江恒丰纸业有限公司 | 北岸区 |\n|  | 南湖县 |\n') },
    expect: { refused: { file: 'honors/2024/kongming.md', line: 13, message: /“名称”是空的/ } },
  },
  {
    name: 'an honour row with a ditto mark',
    family: 'loss',
    files: { 'honors/2024/tongshang.md': honorList('| 澄江恒丰纸业有限公司 | 北岸区 |\n| 澄江明德机械厂 | 〃 |\n') },
    expect: { refused: { file: 'honors/2024/tongshang.md', line: 13, message: /写了“〃”（同上）.*“北岸区”/ } },
  },
  {
    name: 'an honour row with more cells than the header',
    family: 'loss',
    files: { 'honors/2024/duoge.md': honorList('| 澄江恒丰纸业有限公司 | 北岸区 | 市级 |\n') },
    expect: { refused: { file: 'honors/2024/duoge.md', line: 12, message: /写了 3 格，表头只有 2 列/ } },
  },
  {
    name: 'an honour row with fewer cells is published whole, counted, and warned about',
    family: 'loss',
    files: { 'honors/2024/shaoge.md': honorList('| 澄江恒丰纸业有限公司 | 北岸区 |\n| 澄江明德机械厂 |\n| 澄江远航物流有限公司 | 西山区 |\n') },
    expect: {
      accepted: {
        warning: { file: 'honors/2024/shaoge.md', line: 13, message: /这一行只有 1 格，表头有 2 列；“地区”将显示为空/ },
        present: [
          { page: 'honors/2024/shaoge/index.html', text: /<dt>表彰对象<\/dt><dd>3\s个单位<\/dd>/ },
          { page: 'honors/2024/shaoge/index.html', text: '澄江远航物流有限公司' },
        ],
      },
    },
  },
];
