import { readFileSync } from 'node:fs';
import { encodeLegacy } from '../../support/encode-legacy.ts';
import type { ContentCase } from '../case.ts';

/*
 * Rows for the year in numbers: personal numbers anywhere an editor writes (front matter, body, honour rows, events,
 * chart data, site.yaml), however they are spelled; 大事记 files and their links; <Chart> data in a table or a CSV
 * beside the report; and open data that shows nothing the pages do not. Line numbers count from the file's first line.
 * The numbers are test values: 11010519491231002X is the GB 11643 example, the card numbers were made to pass Luhn.
 */

const front = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
const REPORT = 'title: 在市工商联主席会议上的讲话\ndate: 2024-03-01\nmeeting: 主席会议\nsummary: 部署当前工作。';
const STORY = 'title: 一家企业的故事\ndate: 2024-05-20\nsummary: 一家企业的故事。';
const HONOR = 'title: 诚信经营户名单\nissuers: [澄江市工商联]\ndate: 2024-06-01\nsummary: 表彰诚信经营户。';
const honorList = (rows: string) => front(HONOR, `## 诚信经营户\n\n| 名称 | 地区 | 备注 |\n|---|---|---|\n${rows}`);
const events = (items: string) => `events:\n${items}`;
const chart = (props: string, table = '') => front(REPORT, `各位委员：\n\n<Chart ${props}${table ? `>\n\n${table}\n</Chart>` : ' />'}\n`);
const TABLE = '| 区县 | 会员企业 |\n| --- | --- |\n| 北岸区 | 86 |\n';
const siteYaml = readFileSync(new URL('../../fixtures/mini/site.yaml', import.meta.url), 'utf8');

export const cases: ContentCase[] = [
  // Personal numbers: refused wherever they are and however they are spelled, with the masked form to use.
  {
    name: 'a citizen’s ID number in an honour row',
    family: 'private',
    files: { 'honors/2024/n-shenfenzheng.md': honorList('| 周明远 | 北岸区 | 身份证11010519491231002X |\n') },
    expect: { refused: { file: 'honors/2024/n-shenfenzheng.md', line: 12, message: /居民身份证号（打码后是 110\*{11}002X）/ } },
  },
  {
    name: 'a mobile number written in groups in a report body',
    family: 'private',
    files: { 'reports/2024/n-shouji.md': front(REPORT, '各位委员：\n\n报名请联系王老师，电话 138 1234 5678。') },
    expect: { refused: { file: 'reports/2024/n-shouji.md', line: 10, message: /手机号码（打码后是 138\*{4}5678）/ } },
  },
  {
    name: 'a mobile number in full-width digits in a story title',
    family: 'private',
    files: { 'stories/2024/n-quanjiao.md': front('title: 热线１３８１２３４５６７８为企业解难\ndate: 2024-05-20\nsummary: 一家企业的故事。', '正文。') },
    expect: { refused: { file: 'stories/2024/n-quanjiao.md', line: 2, message: /手机号码（打码后是 138\*{4}5678）/ } },
  },
  {
    name: 'a mobile number spelled with HTML entities, which the page would show as digits',
    family: 'private',
    files: { 'reports/2024/n-shiti.md': front(REPORT, '各位委员：\n\n联系电话：&#49;38&#49;2345678。') },
    expect: { refused: { file: 'reports/2024/n-shiti.md', line: 10, message: /手机号码（打码后是 138\*{4}5678）/ } },
  },
  {
    name: 'a mobile number split by bold markup into pieces no line search would join',
    family: 'private',
    files: { 'stories/2024/n-chaikai.md': front(STORY, '第一段。\n\n请拨 138**1234**5678 咨询。') },
    expect: { refused: { file: 'stories/2024/n-chaikai.md', line: 9, message: /手机号码/ } },
  },
  {
    name: 'a mobile number only in a tel: link target',
    family: 'private',
    files: { 'reports/2024/n-tel.md': front(REPORT, '各位委员：\n\n有事请[打电话](tel:13812345678)。') },
    expect: { refused: { file: 'reports/2024/n-tel.md', line: 10, message: /手机号码/ } },
  },
  {
    name: 'a bank card number in a 大事记 title',
    family: 'private',
    files: { 'events/2024.yaml': events('  - date: 2024-04-01\n    title: 爱心捐款账户 6222 0210 0111 5550 003 开通\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 3, message: /银行卡号（打码后是 622\*{12}0003）/ } },
  },
  {
    name: 'a bank card number in the CSV beside a report, found at the CSV’s own line',
    family: 'private',
    files: {
      'reports/2024/n-csv.mdx': chart('type="条形图" title="捐款" unit="元" src="./n-juankuan.csv"'),
      'reports/2024/n-juankuan.csv': '捐款人,金额\r\n卡号6217000012345678907,500\r\n',
    },
    expect: { refused: { file: 'reports/2024/n-juankuan.csv', line: 2, message: /银行卡号/ } },
  },
  {
    name: 'a mobile number in the footer of site.yaml',
    family: 'private',
    files: { 'site.yaml': siteYaml.replace('  - 测试页脚', '  - 值班手机：13812345678') },
    expect: { refused: { file: 'site.yaml', line: 9, message: /手机号码/ } },
  },
  {
    name: 'a mobile number inside an HTML comment: a warning (the history keeps it), and published nowhere',
    family: 'private',
    files: { 'stories/2024/n-zhushi-shouji.md': front(STORY, '正文。<!-- 联系人 13612345678 -->') },
    expect: { accepted: { warning: { file: 'stories/2024/n-zhushi-shouji.md', line: 7, message: /HTML 注释里有一个个人号码（打码后是 136\*{4}5678）/ }, absent: [/13612345678/] } },
  },
  {
    name: 'a masked mobile number and the office landline are published',
    family: 'private',
    files: { 'stories/2024/n-dama.md': front(STORY, '联系人王女士，手机138****5678，办公室电话0739-6281500。') },
    expect: { accepted: { present: [{ page: 'stories/2024/n-dama/index.html', text: '手机138****5678，办公室电话0739-6281500' }] } },
  },
  {
    name: 'the office’s own mobile hotline, listed in site.yaml publishableNumbers, is published',
    family: 'private',
    files: {
      'site.yaml': `${siteYaml}publishableNumbers: [138 0013 8000]\n`,
      'reports/2024/n-rexian.md': front(REPORT, '各位委员：\n\n民营企业服务热线 13800138000 全天开通。'),
    },
    expect: { accepted: { present: [{ page: 'reports/2024/n-rexian/index.html', text: '民营企业服务热线 13800138000 全天开通' }] } },
  },
  {
    name: 'an HTML comment inside an honour table cell is published nowhere: not the page, the anchor, the search index or the open data',
    family: 'private',
    files: { 'honors/2024/n-zhushi.md': honorList('| 澄江某商行<!-- 内部备注：负责人电话待核 --> | 北岸区 | 诚信经营 |\n') },
    expect: {
      accepted: {
        absent: [/内部备注/, /nei-bu-bei-zhu/],
        present: [
          { page: 'honors/2024/n-zhushi/index.html', text: '澄江某商行' },
          { page: 'data/honors/2024/n-zhushi.csv', text: '诚信经营户,1,澄江某商行,北岸区,诚信经营' },
        ],
      },
    },
  },
  {
    name: 'a draft honour list publishes no open data',
    family: 'place',
    files: { 'honors/2024/n-caogao.md': front(`${HONOR}\ndraft: true`, '## 名单\n\n| 名称 |\n|---|\n| 草稿里的企业 |\n') },
    expect: { accepted: { absent: [/草稿里的企业/], absentFiles: [/n-caogao/] } },
  },

  // 大事记: checked like every content file.
  {
    name: 'a 大事记 event that links to a draft',
    family: 'place',
    files: { 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 召开主席办公会议\n    link: /reports/2024/caogao/\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 4, message: /草稿或尚未到发布时间/ } },
  },
  {
    name: 'a 大事记 event that links to a page that does not exist',
    family: 'place',
    files: { 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 召开常委会议\n    link: /reports/2024/changwei-2/\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 4, message: /指向的页面不存在/ } },
  },
  {
    name: 'a template placeholder left in a 大事记 title',
    family: 'loss',
    files: { 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 召开第×届会员代表大会\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 3, message: /未填写的占位符“×”/ } },
  },
  {
    name: 'a document seller’s advert pasted into an enterprise profile',
    family: 'loss',
    files: { 'enterprises/n-guanggao.yaml': 'name: 澄江长青建材有限公司\ncounty: 北岸区\nprofile: 生产环保建材。更多范文请加微信：wenmi_2019\n' },
    expect: { refused: { file: 'enterprises/n-guanggao.yaml', line: 3, message: /疑似文档贩卖者的水印或广告/ } },
  },
  {
    name: 'a 大事记 event dated in another year than its file',
    family: 'place',
    files: { 'events/2024.yaml': events('  - date: 2023-12-31\n    title: 年终总结会\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 2, message: /应当写在 events\/2023\.yaml 里/ } },
  },
  {
    name: 'a 大事记 link written as javascript:',
    family: 'unsafe',
    files: { 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 活动\n    link: javascript:alert(1)\n') },
    expect: { refused: { file: 'events/2024.yaml', line: 4, message: /“link”（链接）应当是本站网址/ } },
  },
  {
    name: 'a 大事记 file not named after its year',
    family: 'place',
    files: { 'events/dashiji.yaml': events('  - date: 2024-03-01\n    title: 活动\n') },
    expect: { refused: { file: 'events/dashiji.yaml', line: 1, message: /以年份命名/ } },
  },
  {
    name: 'a 大事记 title with markup is shown as text on the year page',
    family: 'unsafe',
    files: { 'events/2024.yaml': events('  - date: 2024-03-01\n    title: 新春座谈会<img src=x onerror=alert(1)>\n    link: /reports/2024/changwei/\n') },
    expect: { accepted: { present: [{ page: 'years/2024/index.html', text: /<a href="\/reports\/2024\/changwei\/"[^>]*>新春座谈会&lt;img src=x onerror=alert\(1\)&gt;<\/a>/ }] } },
  },

  // <Chart>: its data checked at file:line, drawn from numbers only.
  {
    name: 'a chart cell with the unit written in it',
    family: 'late',
    files: { 'reports/2024/n-danwei.mdx': chart('type="条形图" title="会员企业" unit="家"', '| 区县 | 会员企业 |\n| --- | --- |\n| 北岸区 | 86家 |\n') },
    expect: { refused: { file: 'reports/2024/n-danwei.mdx', line: 14, message: /“86家”里写了单位“家”/ } },
  },
  {
    name: 'a chart row with more cells than its header',
    family: 'loss',
    files: { 'reports/2024/n-gezi.mdx': chart('type="折线图" title="融资" unit="亿元"', '| 季度 | 融资 |\n| --- | --- |\n| 一季度 | 3.2 | 4 |\n| 二季度 | 4.6 |\n') },
    expect: { refused: { file: 'reports/2024/n-gezi.mdx', line: 14, message: /写了 3 格，表头有 2 列/ } },
  },
  {
    name: 'a chart CSV saved as GBK by an old Excel',
    family: 'loss',
    files: { 'reports/2024/n-gbk.mdx': chart('type="条形图" title="会员企业" unit="家" src="./n-gbk.csv"'), 'reports/2024/n-gbk.csv': encodeLegacy('区县,会员企业\r\n北岸区,86\r\n', 'gb18030') },
    expect: { refused: { file: 'reports/2024/n-gbk.csv', line: 1, message: /不是 UTF-8 编码（看起来是 GB18030（GBK））/ } },
  },
  {
    name: 'a chart whose src reaches outside content/',
    family: 'unsafe',
    files: { 'reports/2024/n-waibu.mdx': chart('type="条形图" title="x" unit="家" src="../../../../../../etc/passwd.csv"') },
    expect: { refused: { file: 'reports/2024/n-waibu.mdx', line: 10, message: /不在 content 文件夹里/ } },
  },
  {
    name: 'a chart whose src is an absolute path on the build machine',
    family: 'unsafe',
    files: { 'reports/2024/n-juedui.mdx': chart('type="条形图" title="x" unit="家" src="/etc/passwd"') },
    expect: { refused: { file: 'reports/2024/n-juedui.mdx', line: 10, message: /应当是文章旁边的 CSV 文件/ } },
  },
  {
    name: 'a chart given its drawing data directly (spec), which only the build may write',
    family: 'mdx',
    files: { 'reports/2024/n-spec.mdx': chart('type="条形图" title="x" unit="家" spec=\'{"kind":"bar","categories":["<script>"]}\'') },
    expect: { refused: { file: 'reports/2024/n-spec.mdx', line: 10, message: /spec/ } },
  },
  {
    name: 'a chart of a kind the site does not draw',
    family: 'mdx',
    files: { 'reports/2024/n-bingtu.mdx': chart('type="饼图" title="x" unit="家"', TABLE) },
    expect: { refused: { file: 'reports/2024/n-bingtu.mdx', line: 10, message: /type/ } },
  },
  {
    name: 'chart labels with markup are drawn as text in the SVG and its table',
    family: 'unsafe',
    files: { 'reports/2024/n-biaoqian.mdx': chart('type="条形图" title="会员企业" unit="家"', '| 区县 | 会员企业 |\n| --- | --- |\n| 北岸区&lt;script&gt; | 86 |\n| 南湖县 | 52 |\n') },
    expect: {
      accepted: {
        present: [
          { page: 'reports/2024/n-biaoqian/index.html', text: /<text class="chart-label" x="0" y="[\d.]+em">北岸区&#x3C;script><\/text>/ },
          { page: 'reports/2024/n-biaoqian/index.html', text: /<th scope="row"[^>]*>北岸区&lt;script&gt;<\/th>/ },
        ],
      },
    },
  },
];
