import { describe, expect, it } from 'vitest';
import { checkEnterpriseFileName, checkEnterpriseReferences, checkHonorTables } from './cross-checks.ts';
import { placesOf, type LoadedEntry } from './entry.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { readHonorTables } from '../honors.ts';
import { parseMarkdownTree } from './markdown.ts';

function entry(kind: LoadedEntry['kind'], slug: string, yaml: string, body = ''): LoadedEntry {
  const parsed = parseYamlWithPositions(yaml, 2);
  return { kind, rel: `${kind}/${slug}`, absPath: `/tmp/${slug}`, slug, url: `/${kind}/${slug}/`, oldUrls: [], data: parsed.data ?? {}, places: placesOf(parsed), links: [], honorTables: kind === 'honor' ? readHonorTables(parseMarkdownTree(body)) : [], anchors: null, bodyLine: 6, personal: [], findings: [] };
}

const huarui = entry('enterprise', 'huarui-yaoye', 'name: 锦川华瑞药业股份有限公司\naliases: [华瑞药业]\n');

describe('checkEnterpriseReferences', () => {
  it('accepts a file name, a full name and an alias', () => {
    expect(checkEnterpriseReferences(entry('story', 'a', 'enterprises: [huarui-yaoye, 锦川华瑞药业股份有限公司, 华瑞药业]\n'), [huarui])).toEqual([]);
  });

  it('reports an unknown enterprise with no close match and says how to add it', () => {
    expect(checkEnterpriseReferences(entry('story', 'a', 'title: x\nenterprises: [云雾茶业]\n'), [huarui])).toEqual([
      { line: 3, column: 15, level: 'error', code: 'unknown-enterprise', message: '不认识的企业“云雾茶业”；请先在 content/enterprises/ 里添加这家企业' },
    ]);
  });
});

describe('checkEnterpriseFileName', () => {
  it('refuses a Chinese enterprise file name', () => {
    expect(checkEnterpriseFileName(entry('enterprise', '华瑞药业', 'name: x\n'))[0]?.code).toBe('enterprise-file-name');
  });
});

describe('checkHonorTables', () => {
  it('places a table without a name column at its line in the file', () => {
    expect(checkHonorTables(entry('honor', 'a', 'title: x\n', '\n## 名单\n\n| 企业 | 地区 |\n| --- | --- |\n| 华瑞药业 | 临溪县 |\n')).map((f) => f.line)).toEqual([9]);
  });

  it('warns when a list of people is not headed 姓名, since units and people are counted by that header', () => {
    const findings = checkHonorTables(entry('honor', 'a', 'title: x\n', '\n## 先进个人\n\n| 名称 | 职务 |\n| --- | --- |\n| 田晓禾 | 董事长 |\n'));
    expect(findings.map((f) => `${f.line} ${f.level} ${f.code} ${f.message}`)).toEqual([
      '9 warning honor-people-column “先进个人”是个人名单，表头的“名称”请改成“姓名”：网页按这一列的表头统计单位和个人各有多少',
    ]);
  });

  it('accepts a table with a 姓名 column', () => {
    expect(checkHonorTables(entry('honor', 'a', 'title: x\n', '| 姓名 | 单位 |\n| --- | --- |\n| 周明远 | 华瑞药业 |\n'))).toEqual([]);
  });

  const rows = (lines: string) => checkHonorTables(entry('honor', 'a', 'title: x\n', `| 名称 | 地区 | 备注 |\n| --- | --- | --- |\n${lines}`)).map((f) => `${f.line} ${f.level} ${f.code} ${f.message}`);

  it.each([
    ['a row without a name', '| 锦川华瑞药业 | 临溪县 | 无 |\n|  | 南湖县 | 无 |\n', ['9 error honor-row-name 这一行的“名称”是空的：名单上每一行都要写受表彰的企业、个人或单位，否则这一行无法发布']],
    ['more cells than columns', '| 锦川华瑞药业 | 临溪县 | 无 | 多写一格 |\n', ['8 error honor-row-cells 这一行写了 4 格，表头只有 3 列，多出的内容不会显示；请删掉多余的“|”或在表头加一列']],
    ['fewer cells than columns', '| 锦川华瑞药业 |\n', ['8 warning honor-row-cells 这一行只有 1 格，表头有 3 列；“地区”、“备注”将显示为空']],
    [
      'ditto marks, with the value they stand for',
      '| 锦川华瑞药业 | 临溪县 | 无 |\n| 云雾茶业 | 〃 | 无 |\n| 恒拓智能 | 同上 | 无 |\n',
      [
        '9 error honor-ditto “地区”一格写了“〃”（同上）：网页上每一行单独显示、单独被搜到，看不出它指什么；请写出实际内容“临溪县”',
        '10 error honor-ditto “地区”一格写了“同上”（同上）：网页上每一行单独显示、单独被搜到，看不出它指什么；请写出实际内容“临溪县”',
      ],
    ],
    ['an empty row', '| 锦川华瑞药业 | 临溪县 | 无 |\n|  |  |  |\n', ['9 warning honor-blank-row 这一行是空的，不会发布；不需要的话请删掉']],
  ])('reports %s at its line', (_, body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});
