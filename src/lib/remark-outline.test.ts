import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkOutline } from './remark-outline.ts';

async function run(markdown: string, path = 'content/reports/2024/zhiwei.md'): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkOutline);
  const file = new VFile({ value: markdown, path });
  return (await processor.run(processor.parse(file), file)) as Root;
}

function headings(tree: Root): Array<[number, string, string]> {
  return tree.children
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => [h.depth, (h.children[0] as { value: string }).value, String(h.data?.hProperties?.['id'])]);
}

const report = `各位执委、同志们：

## 一、2023年工作回顾

（一）政治引领扎实推进。一是加强理论学习。二是加强宣传引导。

（二）服务发展成效明显。全年举办银企对接活动十二场。

1．优化营商环境。开展评议活动。

## 二、2024年工作安排

（一）提升政治站位
`;

describe('remarkOutline', () => {
  it('turns the outline of a report into headings of the matching level with anchors', async () => {
    expect(headings(await run(report))).toEqual([
      [2, '一、2023年工作回顾', 's1'],
      [3, '（一）政治引领扎实推进。', 's1-1'],
      [3, '（二）服务发展成效明显。', 's1-2'],
      [4, '1．优化营商环境。', 's1-2-1'],
      [2, '二、2024年工作安排', 's2'],
      [3, '（一）提升政治站位', 's2-1'],
    ]);
  });

  it('keeps the body of a run-in heading as a paragraph after it', async () => {
    const tree = await run(report);
    const index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 3);
    const body = tree.children[index + 1];
    expect(body?.type).toBe('paragraph');
    expect((body as { children: Array<{ value: string }> }).children[0]?.value).toBe('一是加强理论学习。二是加强宣传引导。');
  });

  it('corrects the depth of a heading written at the wrong level', async () => {
    expect(headings(await run('#### 一、总体要求\n'))).toEqual([[2, '一、总体要求', 's1']]);
  });

  it('marks the opening salutation so it is set flush left', async () => {
    const tree = await run(report);
    expect(tree.children[0]?.data).toEqual({ hProperties: { className: ['salutation'] } });
  });

  it('leaves files outside the reports folder alone', async () => {
    expect(headings(await run('（一）活动背景。正文。\n', 'content/stories/2024/a.md'))).toEqual([]);
  });

  it('does not make a heading of a sentence that starts with a numeral out of sequence', async () => {
    expect(headings(await run('## 一、回顾\n\n三、四季度企业用工需求回升，订单明显增加。\n'))).toEqual([[2, '一、回顾', 's1']]);
  });
});
