import { describe, expect, it } from 'vitest';
import { buildToc, type TocItem } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text });
const shape = (items: TocItem[]): unknown[] => items.map((i) => (i.children.length ? [i.text, shape(i.children)] : i.text));

describe('buildToc', () => {
  it('nests sections under their parts', () => {
    const toc = buildToc([h(2, '一、回顾'), h(3, '（一）'), h(3, '（二）'), h(2, '二、安排'), h(3, '（一）')]);
    expect(shape(toc)).toEqual([['一、回顾', ['（一）', '（二）']], ['二、安排', ['（一）']]]);
  });

  it('leaves out headings deeper than the contents shows', () => {
    expect(shape(buildToc([h(2, '一、'), h(4, '1．'), h(5, '（1）')]))).toEqual(['一、']);
  });

  it('keeps a section that comes before any part at the top level', () => {
    expect(shape(buildToc([h(3, '（一）'), h(2, '一、')]))).toEqual(['（一）', '一、']);
  });
});
