import { readFileSync } from 'node:fs';
import type { ContentCase } from '../case.ts';

/** The mini fixture's site.yaml (10 lines, the ICP number on line 10), so a row can change it or add lines after it. */
const SITE_YAML = readFileSync(new URL('../../fixtures/mini/site.yaml', import.meta.url), 'utf8');

const badge = (image: string, link = 'https://bszs.example.cn/sitename?method=show&id=1') => `${SITE_YAML}governmentSiteBadge:\n  image: ${image}\n  link: ${link}\n`;

/** Rows for what inspectors and search read from site.yaml: filing numbers, the government-site badge, the synonym table. */
export const cases: ContentCase[] = [
  {
    name: 'an ICP number pasted with its label',
    family: 'standards',
    files: { 'site.yaml': SITE_YAML.replace('icp: 测ICP备0000001号', 'icp: ICP备案号：测ICP备0000001号') },
    expect: { refused: { file: 'site.yaml', line: 10, message: /icp.*应当写成“京ICP备12345678号”/ } },
  },
  {
    name: 'a 公安备案号 missing digits',
    family: 'standards',
    files: { 'site.yaml': `${SITE_YAML}police: 测公网安备990102号\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /police.*14 位数字/ } },
  },
  {
    name: 'a 网站标识码 that is not ten letters or digits',
    family: 'standards',
    files: { 'site.yaml': `${SITE_YAML}websiteCode: 网站标识码3601\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /websiteCode.*10 位/ } },
  },
  {
    name: 'a badge image path climbing out of public/ to a file of the build machine',
    family: 'standards',
    files: { 'site.yaml': badge('/../../../../etc/passwd') },
    expect: { refused: { file: 'site.yaml', line: 12, message: /governmentSiteBadge\.image.*public\// } },
  },
  {
    name: 'a badge image that was never put into public/',
    family: 'standards',
    files: { 'site.yaml': badge('/badges/dzjg.png') },
    expect: { refused: { file: 'site.yaml', line: 12, message: /找不到党政机关网站标识图片 public\/badges\/dzjg\.png/ } },
  },
  {
    name: 'an SVG as the badge image',
    family: 'standards',
    files: { 'site.yaml': badge('/logo.svg') },
    expect: { refused: { file: 'site.yaml', line: 12, message: /不是 PNG、JPG、GIF、WebP 或 AVIF 图片/ } },
  },
  {
    name: 'a javascript: link behind the badge',
    family: 'standards',
    files: { 'site.yaml': badge('/badges/demo-site-badge.png', '"javascript:alert(document.cookie)"') },
    expect: { refused: { file: 'site.yaml', line: 13, message: /governmentSiteBadge\.link.*https:\/\// } },
  },
  {
    name: 'a synonym carrying markup',
    family: 'standards',
    files: { 'site.yaml': `${SITE_YAML}synonyms:\n  - [民企, "<img src=x onerror=alert(1)>"]\n` },
    expect: { refused: { file: 'site.yaml', line: 12, message: /同义词只能由汉字、字母和数字组成/ } },
  },
  {
    name: 'one synonym in two groups, which would make a query mean two things',
    family: 'standards',
    files: { 'site.yaml': `${SITE_YAML}synonyms:\n  - [民企, 民营企业]\n  - [私企, 民企]\n` },
    expect: { refused: { file: 'site.yaml', line: 13, message: /同义词“民企”已经写在第 1 组里/ } },
  },
  {
    name: 'a synonym table written as one line of text',
    family: 'standards',
    files: { 'site.yaml': `${SITE_YAML}synonyms: 民企=民营企业\n` },
    expect: { refused: { file: 'site.yaml', line: 11, message: /每一项是一组同义词/ } },
  },
  {
    name: 'every footer standard at once, and two programmes put into one synonym group',
    family: 'standards',
    files: {
      'site.yaml': `${badge('/badges/demo-site-badge.png')}police: 测公网安备99010202000123号\nwebsiteCode: "9901000001"\nsynonyms:\n  - [民企, 民营企业]\n  - [万企帮万村, 万企兴万村]\n`,
    },
    expect: {
      accepted: {
        warning: { file: 'site.yaml', line: 18, message: /“万企帮万村”和“万企兴万村”只差一个字/ },
        present: [
          { page: 'index.html', text: 'href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=99010202000123"' },
          { page: 'index.html', text: '网站标识码：9901000001' },
          { page: 'index.html', text: 'src="/badges/demo-site-badge.png"' },
          { page: 'index.html', text: 'href="https://beian.miit.gov.cn/"' },
        ],
      },
    },
  },
];
