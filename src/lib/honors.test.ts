import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createHonoreeAnchors, honorTables, parseHonorDocument, readHonorTables } from './honors.ts';

const list = `经研究，决定对以下企业和个人予以通报表彰。

## 先进民营企业

| 名称 | 类别 | 地区 |
|---|---|---|
| 锦川华瑞药业股份有限公司 | 医药制造 | 临溪县 |
| 白石山泉食品有限公司 | 食品加工 | 白石县 |

## 先进个人

| 姓名 | 职务 |
| --- | --- |
| 周明远 | 锦川华瑞药业股份有限公司董事长 |
`;

describe('parseHonorDocument', () => {
  it('reads every table with the heading it stands under', () => {
    const tables = honorTables(parseHonorDocument(list));
    expect(tables.map((t) => [t.heading, t.columns, t.rows.map((r) => r.name)])).toEqual([
      ['先进民营企业', ['名称', '类别', '地区'], ['锦川华瑞药业股份有限公司', '白石山泉食品有限公司']],
      ['先进个人', ['姓名', '职务'], ['周明远']],
    ]);
  });

  it('gives each honouree an anchor from the pinyin of the name', () => {
    const rows = honorTables(parseHonorDocument(list)).flatMap((t) => t.rows);
    expect(rows.map((r) => r.anchor)).toEqual([
      'jin-chuan-hua-rui-yao-ye-gu-fen-you-xian-gong-si',
      'bai-shi-shan-quan-shi-pin-you-xian-gong-si',
      'zhou-ming-yuan',
    ]);
  });

  it('records the Markdown line of each row', () => {
    const rows = honorTables(parseHonorDocument(list)).flatMap((t) => t.rows);
    expect(rows.map((r) => r.line)).toEqual([7, 8, 14]);
  });

  it('renders the prose around the tables as HTML, in order', () => {
    const blocks = parseHonorDocument(list);
    expect(blocks.map((b) => b.type)).toEqual(['html', 'table', 'html', 'table']);
    expect(blocks[0]).toEqual({ type: 'html', html: '<p>经研究，决定对以下企业和个人予以通报表彰。</p>\n<h2>先进民营企业</h2>' });
  });

  it('renders raw HTML in the prose through the site’s allowlist: no script, handler or comment survives', () => {
    const [block] = parseHonorDocument('经研究<!-- 联系人 13800138000 -->，决定<b onclick="alert(1)">通报表彰</b>。\n\n<script>alert(1)</script>\n');
    expect(block).toEqual({ type: 'html', html: '<p>经研究，决定<b>通报表彰</b>。</p>\n' });
  });

  it('marks a table without a name column and falls back to its first column', () => {
    const [table] = honorTables(parseHonorDocument('| 单位 名 | 地区 |\n|---|---|\n| 临溪县工商联 | 临溪县 |\n'));
    expect([table?.nameColumn, table?.rows[0]?.name]).toEqual([-1, '临溪县工商联']);
  });
});

describe('readHonorTables', () => {
  it('finds from a parsed tree the same tables, anchors and lines as parseHonorDocument', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(list);
    expect(readHonorTables(tree)).toEqual(honorTables(parseHonorDocument(list)));
    expect(readHonorTables(tree).flatMap((t) => t.rows).length).toBe(3);
  });
});

describe('createHonoreeAnchors', () => {
  it('numbers a name that appears twice in the same list', () => {
    const anchor = createHonoreeAnchors();
    expect([anchor('周明远'), anchor('周明远')]).toEqual(['zhou-ming-yuan', 'zhou-ming-yuan-2']);
  });

  it('keeps a row without a name and every cell as written, and sets empty rows apart by line', () => {
    const [table] = honorTables(parseHonorDocument('| 名称 | 地区 |\n| --- | --- |\n| 锦川华瑞药业 | 临溪县 | 多写 |\n|  | 南湖县 |\n|  |  |\n'));
    expect([table?.rows.map((r) => [r.name, r.cells, r.written, r.line]), table?.blankRows]).toEqual([
      [
        ['锦川华瑞药业', ['锦川华瑞药业', '临溪县'], 3, 3],
        ['', ['', '南湖县'], 2, 4],
      ],
      [5],
    ]);
  });
});

describe('visibleText', () => {
  it('keeps what a reader sees of a cell: not an HTML comment, not the tags around text', () => {
    const [table] = honorTables(parseHonorDocument('| 名称 | 地区 |\n|---|---|\n| 澄江某公司<!-- 内部备注：电话待核 --> | <b>北岸区</b> |\n'));
    expect(table!.rows[0]).toMatchObject({ name: '澄江某公司', cells: ['澄江某公司', '北岸区'], anchor: 'cheng-jiang-mou-gong-si' });
  });
});
