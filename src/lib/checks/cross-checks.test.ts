import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCoverImage, checkEnterpriseFileName, checkEnterpriseReferences, checkHonorTables } from './cross-checks.ts';
import { placesOf, type LoadedEntry } from './entry.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { readHonorTables } from '../honors.ts';
import { parseMarkdownTree } from './markdown.ts';

function entry(kind: LoadedEntry['kind'], slug: string, yaml: string, body = ''): LoadedEntry {
  const parsed = parseYamlWithPositions(yaml, 2);
  return { kind, rel: `${kind}/${slug}`, absPath: `/tmp/${slug}`, slug, url: `/${kind}/${slug}/`, data: parsed.data ?? {}, places: placesOf(parsed), links: [], honorTables: kind === 'honor' ? readHonorTables(parseMarkdownTree(body)) : [], anchors: null, bodyLine: 6, findings: [] };
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

  it('accepts a table with a 姓名 column', () => {
    expect(checkHonorTables(entry('honor', 'a', 'title: x\n', '| 姓名 | 单位 |\n| --- | --- |\n| 周明远 | 华瑞药业 |\n'))).toEqual([]);
  });
});

describe('checkCoverImage', () => {
  const mini = new URL('../../../tests/fixtures/mini/', import.meta.url).pathname;
  const story = (yaml: string) => ({ ...entry('story', 'lvye', yaml), absPath: `${mini}stories/2023/lvye-lenglian.md` });

  it('points a cover whose file is not there at the line and column of its src', () => {
    expect(checkCoverImage(story('title: 绿野\ncover:\n  src: ./lvye-cover.jpg\n  alt: 冷链车\n'), mini)).toEqual([
      { line: 4, column: 8, level: 'error', code: 'missing-image', message: '找不到封面图片 ./lvye-cover.jpg，请检查文件名和位置' },
    ]);
  });

  it('refuses a cover taken from outside the content folder, which would publish a file of the build machine', () => {
    const outside = path.relative(`${mini}stories/2023`, fileURLToPath(new URL('../../../public/logo.svg', import.meta.url)));
    expect(checkCoverImage(story(`cover:\n  src: ${outside}\n  alt: 标志\n`), mini).map((f) => [f.line, f.code])).toEqual([[3, 'image-outside']]);
  });

  it('accepts a cover that is there, and leaves covers given by URL to the link checks', () => {
    expect([...checkCoverImage(story('cover:\n  src: ./lvye-cover.png\n  alt: 冷链车\n'), mini), ...checkCoverImage(story('cover:\n  src: https://a.cn/x.png\n  alt: 图\n'), mini)]).toEqual([]);
  });
});
