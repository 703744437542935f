/**
 * Hostile-input rows for “nothing lost”: rare characters, encodings, file names and any character in a title.
 * Characters of people's and companies' names (𠮷 䶮 𬌗 堃 喆 昇) are published and drawn; a character no bundled
 * font has is a warning at its line; a file that is not UTF-8 or not named as the site publishes is refused at line 1.
 */
import { encodeLegacy, encodeUtf16 } from '../../support/encode-legacy.ts';
import type { ContentCase } from '../case.ts';

const story = (title: string, body = '正文。', date = '2024-05-20', summary = '一家企业的故事。') => `---\ntitle: ${title}\ndate: ${date}\nsummary: ${summary}\n---\n\n${body}\n`;
const names = '吉𠮷与刘䶮：𬌗氏、堃喆昇三家企业的故事';
const honour = `---\ntitle: 2024年度诚信经营户\nissuers: [澄江市工商联]\ndate: 2024-06-01\nsummary: 表彰诚信经营的个体工商户。\n---\n\n## 诚信经营户\n\n| 名称 | 地区 |\n|---|---|\n| 吉𠮷商行 | 北岸区 |\n| 𬌗氏兄弟农业合作社 | 南湖县 |\n| 堃喆昇家庭农场 | 南湖县 |\n`;
const brackets = 'A>B <c> & "引号" \'x\' 𠮷';

export const cases: ContentCase[] = [
  {
    name: 'rare characters of names (𠮷 䶮 𬌗 堃 喆 昇) in a story title and body',
    family: 'loss',
    files: { 'stories/2024/loss-rare-names.md': story(names, '吉𠮷商行由吉𠮷先生创办，与刘䶮、𬌗氏兄弟和堃喆昇一起经营。') },
    expect: { accepted: { present: [{ page: 'stories/2024/loss-rare-names/index.html', text: names }, { page: 'stories/2024/loss-rare-names/index.html', text: '与刘䶮、𬌗氏兄弟和堃喆昇一起经营' }] } },
  },
  {
    name: 'rare characters of names in the rows of an honour list',
    family: 'loss',
    files: { 'honors/2024/loss-rare-rows.md': honour },
    expect: { accepted: { present: [{ page: 'honors/2024/loss-rare-rows/index.html', text: '吉𠮷商行' }, { page: 'honors/2024/loss-rare-rows/index.html', text: '𬌗氏兄弟农业合作社' }, { page: 'honors/2024/loss-rare-rows/index.html', text: '堃喆昇家庭农场' }] } },
  },
  {
    name: 'an Extension G character no bundled font has (𰻞) in a title: published, with a warning at its line',
    family: 'loss',
    files: { 'stories/2024/loss-biangbiang.md': story('老街𰻞𰻞面馆') },
    expect: { accepted: { warning: { file: 'stories/2024/loss-biangbiang.md', line: 2, message: /字体里没有“𰻞”（U\+30EDE）（本行共 2 处）/ }, present: [{ page: 'stories/2024/loss-biangbiang/index.html', text: '老街𰻞𰻞面馆' }] } },
  },
  {
    name: 'a private-use character pasted into a body: published, with a warning at its line',
    family: 'loss',
    files: { 'stories/2024/loss-private-use.md': story('私用区字符', '第一段。\n\n第二段里有一个造字\uE000。') },
    expect: { accepted: { warning: { file: 'stories/2024/loss-private-use.md', line: 9, message: /字体里没有“\uE000”（U\+E000）/ }, present: [{ page: 'stories/2024/loss-private-use/index.html', text: '第二段里有一个造字\uE000' }] } },
  },
  {
    name: 'a title with > < & and both quotes, which used to fail the build with an English JSON error',
    family: 'late',
    files: { 'stories/2024/loss-brackets.md': story(`"A>B <c> & \\"引号\\" 'x' 𠮷"`) },
    expect: { accepted: { present: [{ page: 'stories/2024/loss-brackets/index.html', text: brackets }] } },
  },
  {
    name: 'an enterprise whose name and profile hold > and &',
    family: 'late',
    files: { 'enterprises/loss-gt-trade.yaml': 'name: 澄江A>B&C贸易有限公司\ncounty: 北岸区\nindustry: 批发零售\nprofile: 经营范围包括 <建材> & 五金。\n' },
    expect: { accepted: { present: [{ page: 'enterprises/loss-gt-trade/index.html', text: '澄江A>B&C贸易有限公司' }] } },
  },
  {
    name: 'an enterprise saved as .yml',
    family: 'loss',
    files: { 'enterprises/loss-yml.yml': 'name: 澄江长青建材有限公司\ncounty: 北岸区\nindustry: 建材\nprofile: 生产环保建材。\n' },
    expect: { accepted: { present: [{ page: 'enterprises/loss-yml/index.html', text: '澄江长青建材有限公司' }] } },
  },
  {
    name: 'a report saved by Notepad as ANSI (GBK / GB18030)',
    family: 'loss',
    files: { 'reports/2024/loss-gbk.md': encodeLegacy(story('在市工商联执委会议上的工作报告', '全市民营经济发展的质量和效益不断提高。', '2024-01-18').replace('summary:', 'meeting: 十届三次执委会议\nsummary:'), 'gb18030') },
    expect: { refused: { file: 'reports/2024/loss-gbk.md', line: 1, message: /不是 UTF-8 编码（看起来是 GB18030（GBK））.*另存为/ } },
  },
  {
    name: 'a story saved as “Unicode” (UTF-16 LE with a byte order mark)',
    family: 'loss',
    files: { 'stories/2024/loss-utf16.md': encodeUtf16(story('绿野农业冷链项目投产'), 'le') },
    expect: { refused: { file: 'stories/2024/loss-utf16.md', line: 1, message: /看起来是 UTF-16（Unicode）/ } },
  },
  {
    name: 'a story in UTF-16 big endian without a byte order mark',
    family: 'loss',
    files: { 'stories/2024/loss-utf16be.md': encodeUtf16(story('绿野农业冷链项目投产'), 'be', false) },
    expect: { refused: { file: 'stories/2024/loss-utf16be.md', line: 1, message: /看起来是 UTF-16 BE/ } },
  },
  {
    name: 'a story in Big5 from a Hong Kong or Taiwan chamber',
    family: 'loss',
    files: { 'stories/2024/loss-big5.md': encodeLegacy(story('香港工商業聯會會員企業發展', '本會在過去一年中推動會員企業發展，服務社會的工作取得新的成果。', '2024-05-20', '一家企業的故事。'), 'big5') },
    expect: { refused: { file: 'stories/2024/loss-big5.md', line: 1, message: /看起来是 Big5/ } },
  },
  {
    name: 'a story named .MD, which used to be checked but never published',
    family: 'loss',
    files: { 'stories/2024/loss-upper.MD': story('大写扩展名的文章') },
    expect: { refused: { file: 'stories/2024/loss-upper.MD', line: 1, message: /请把“loss-upper\.MD”改名为“loss-upper\.md”/ } },
  },
  {
    name: 'a story named .Markdown',
    family: 'loss',
    files: { 'stories/2024/loss-long.Markdown': story('长扩展名的文章') },
    expect: { refused: { file: 'stories/2024/loss-long.Markdown', line: 1, message: /改名为“loss-long\.md”/ } },
  },
  {
    name: 'an enterprise named .YAML',
    family: 'loss',
    files: { 'enterprises/loss-upper.YAML': 'name: 澄江大写建材有限公司\ncounty: 北岸区\nindustry: 建材\nprofile: 生产建材。\n' },
    expect: { refused: { file: 'enterprises/loss-upper.YAML', line: 1, message: /改名为“loss-upper\.yaml”/ } },
  },
  {
    name: 'site.yaml saved as GBK, whose organisation name would be published as mojibake on every page',
    family: 'loss',
    files: { 'site.yaml': encodeLegacy('name: 澄江市工商业联合会\nshortName: 澄江工商联\ndescription: 测试用的小站点。\nbaseUrl: https://test.example.cn\ncolors:\n  primary: "#8b1a1a"\n  accent: "#b8860b"\nfooter:\n  - 测试页脚\nicp: 测ICP备0000001号\n', 'gb18030') },
    expect: { refused: { file: 'site.yaml', line: 1, message: /不是 UTF-8 编码（看起来是 GB18030（GBK））/ } },
  },
];
