import { readHonorTables } from '../honors.ts';
import { describe, expect, it } from 'vitest';
import { collectPageAnchors } from './anchors.ts';
import { parseMarkdownTree } from './markdown.ts';

const anchorsOf = (kind: 'report' | 'honor' | 'story', body: string) => {
  const tree = parseMarkdownTree(body);
  return collectPageAnchors(kind, tree, kind === 'honor' ? readHonorTables(tree) : []);
};

describe('collectPageAnchors', () => {
  it('numbers a report’s outline the way the page does', () => {
    expect(anchorsOf('report', '## 一、回顾\n\n（一）服务平台。正文。\n\n（二）商会建设。正文。\n\n1．换届。正文。')).toEqual(new Set(['s1', 's1-1', 's1-2', 's1-2-1']));
  });

  it('gives each honouree row its pinyin anchor', () => {
    expect(anchorsOf('honor', '| 名称 |\n| --- |\n| 临溪县工商联 |')).toEqual(new Set(['lin-xi-xian-gong-shang-lian']));
  });

  it('does not know a story’s anchors, so links into stories are not checked', () => {
    expect(anchorsOf('story', '## 小标题')).toBeNull();
  });
});
