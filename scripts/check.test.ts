import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const check = (tree: string) => spawnSync(process.execPath, ['scripts/check.ts', `tests/fixtures/checks/${tree}`], { cwd: root, encoding: 'utf8' });

describe('npm run check', () => {
  it('passes a clean tree with exit code 0 and a zero summary', () => {
    const result = check('clean');
    expect([result.status, result.stdout]).toEqual([0, '共 0 个错误，0 个警告\n']);
  });

  it('fails a broken tree with exit code 1', () => {
    expect(check('broken').status).toBe(1);
  });

  it('prints every problem of every file, grouped by file, with the summary last', () => {
    expect(check('broken').stdout.trimEnd().split('\n')).toEqual([
      'tests/fixtures/checks/broken/honors/2019/mdx-file.mdx:1:1  错误  表彰名单只能用 .md 文件，不能用 .mdx；请把扩展名改成 .md',
      '',
      'tests/fixtures/checks/broken/honors/2019/no-name-column.md:8:1  错误  表彰名单的表格缺少“名称”列：表头第一行要有 “名称”、“姓名”、“单位名称”、“企业名称”、“单位” 之一，写受表彰的企业、个人或单位',
      '',
      'tests/fixtures/checks/broken/news:1:1  错误  不认识的内容类型“news”，网站不会发布它；内容只能放在 reports（工作报告）、honors（表彰名单）、stories（企业故事）、enterprises（企业）、events（大事记） 里',
      '',
      'tests/fixtures/checks/broken/reports/2018/wrong-folder.md:4:7  错误  文件放在 2018 文件夹里，但“date”（日期）是北京时间 2019 年；请把文件移到 reports/2019/ 文件夹，或改正日期',
      '',
      'tests/fixtures/checks/broken/reports/2019/adverts.md:8:1  错误  疑似文档贩卖者的水印或广告“仅供学习 禁止外传”，请删除',
      'tests/fixtures/checks/broken/reports/2019/adverts.md:10:5  错误  疑似文档贩卖者的水印或广告“某某文库整理，咨询QQ12345678”，请删除',
      'tests/fixtures/checks/broken/reports/2019/adverts.md:12:13  错误  链接或文字指向文档分享网站“原文见 https://www.doc88.com/p-123.html”，请删除',
      'tests/fixtures/checks/broken/reports/2019/adverts.md:14:3  错误  疑似文档贩卖者的水印或广告“加入会员群获取更多资料”，请删除',
      '',
      'tests/fixtures/checks/broken/reports/2019/invisible.md:1:1  错误  文件开头有看不见的 BOM 标记，请在编辑器里另存为“UTF-8（无 BOM）”',
      'tests/fixtures/checks/broken/reports/2019/invisible.md:8:5  错误  看不见的零宽字符（U+200B），会影响搜索和复制，请删除',
      'tests/fixtures/checks/broken/reports/2019/invisible.md:8:10  警告  中文句子里用了半角“,”，应改为全角“，”',
      'tests/fixtures/checks/broken/reports/2019/invisible.md:10:3  警告  不换行空格（U+00A0），请换成普通空格或删除',
      '',
      'tests/fixtures/checks/broken/reports/2019/links.md:3:7  错误  网址 /reports/2019/placeholders/ 与 tests/fixtures/checks/broken/reports/2019/placeholders.md 重复，请在其中一个的信息区写一个不同的 slug',
      'tests/fixtures/checks/broken/reports/2019/links.md:11:2  错误  页面 /reports/2019/adverts/ 里没有“#s9”这个位置',
      'tests/fixtures/checks/broken/reports/2019/links.md:11:36  错误  站内链接 /reports/2019/nope/ 指向的页面不存在，是不是 /reports/2019/unsafe/？',
      'tests/fixtures/checks/broken/reports/2019/links.md:13:1  错误  图片缺少说明文字（alt），请写成 ![图片内容的说明](图片路径)',
      'tests/fixtures/checks/broken/reports/2019/links.md:15:3  错误  链接写成了文件路径“../2018/wrong-folder.md”，网站上打不开；请改成网址，例如 /reports/2024/文件名/',
      '',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:1:1  错误  网址 /reports/2019/placeholders/ 与 tests/fixtures/checks/broken/reports/2019/links.md 重复，请在其中一个的信息区写一个不同的 slug',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:2:13  错误  未填写的占位符“X”（本行共 2 处），请填上实际内容',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:10:7  错误  未填写的占位符“×”（本行共 2 处），请填上实际内容',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:12:3  错误  未填写的占位符“××”，请填上实际内容',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:12:8  错误  未填写的占位符“XX”，请填上实际内容',
      'tests/fixtures/checks/broken/reports/2019/placeholders.md:12:16  错误  未填写的占位符“（此处填写商会名称）”，请填上实际内容',
      '',
      'tests/fixtures/checks/broken/reports/2019/schema.md:2:1  错误  缺少必填字段“summary”（摘要），例如 summary: 回顾2023年工作，部署2024年任务。',
      'tests/fixtures/checks/broken/reports/2019/schema.md:2:1  错误  缺少必填字段“meeting”（会议），例如 meeting: 第十届三次执委会议',
      'tests/fixtures/checks/broken/reports/2019/schema.md:3:7  错误  “date”（日期）写的 2019-02-30 这一天不存在',
      'tests/fixtures/checks/broken/reports/2019/schema.md:5:1  警告  不认识的字段“summray”，是不是“summary”？',
      'tests/fixtures/checks/broken/reports/2019/schema.md:6:8  错误  “draft”（草稿）只能写 true 或 false',
      '',
      'tests/fixtures/checks/broken/reports/2019/unsafe.md:8:1  错误  正文里不允许写 <script>（脚本），请删除',
      'tests/fixtures/checks/broken/reports/2019/unsafe.md:10:1  错误  正文里不允许嵌入 <iframe>（外部网页或插件），视频、地图等请改成普通链接',
      'tests/fixtures/checks/broken/reports/2019/unsafe.md:12:21  错误  HTML 标签里不允许写“onclick”这样的事件属性（会运行脚本），请删除',
      'tests/fixtures/checks/broken/reports/2019/unsafe.md:14:1  错误  不允许的链接协议“javascript:”，请改成 https:// 网址',
      '',
      'tests/fixtures/checks/broken/reports/2019/year-mismatch.md:5:7  错误  “year”（年份）2018 与“date”（日期）的年份 2019 不一致',
      '',
      'tests/fixtures/checks/broken/reports/loose.md:1:1  错误  文件要放在年份文件夹里，例如 reports/2024/loose.md；现在网站不会发布它',
      '',
      'tests/fixtures/checks/broken/stories/2019/unknown-enterprise.md:3:15  错误  不认识的企业“华锐药业”，是不是“锦川华瑞药业股份有限公司”（huarui-yaoye）？',
      '',
      '共 32 个错误，3 个警告',
    ]);
  });

  it('says so when the content folder does not exist', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', 'tests/fixtures/checks/missing'], { cwd: root, encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([2, '找不到内容文件夹 tests/fixtures/checks/missing\n']);
  });

  it('reads the content folder from GSL_CONTENT_DIR', () => {
    const output = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, GSL_CONTENT_DIR: 'tests/fixtures/checks/clean' } });
    expect(output).toBe('共 0 个错误，0 个警告\n');
  });
});
