import type { Root as HtmlRoot, RootContent as HtmlContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'mdast';
import { splitFrontMatter } from './checks/front-matter.ts';
import { listNodes, parseMarkdownTree } from './checks/markdown.ts';

function commentRanges(node: HtmlRoot | HtmlContent, offset: number, ranges: Array<[number, number]>): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'comment' && start !== undefined && end !== undefined) ranges.push([offset + start, offset + end]);
  if ('children' in node) for (const child of node.children) commentRanges(child, offset, ranges);
}

/**
 * A content file without its HTML comments, found by parsing: the Markdown (MDX for `.mdx`) finds its raw HTML, and
 * an HTML parser finds the comments in it. Comments in code blocks are code and stay; front matter is left alone.
 * A file with no comment comes back as the same string. The year ZIP carries sources through this.
 * `"---\ntitle: 甲\n---\n正文<!-- 联系人 13800138000 -->。"` → `"---\ntitle: 甲\n---\n正文。"`
 */
export function stripHtmlComments(source: string, mdx = false): string {
  const { body } = splitFrontMatter(source);
  const bodyStart = source.length - body.length;
  let html: Nodes[];
  try {
    html = listNodes(parseMarkdownTree(body, mdx)).filter((node) => node.type === 'html');
  } catch {
    // MDX that does not parse is refused by the check and never built; MDX has no HTML comments to strip anyway.
    return source;
  }
  const ranges: Array<[number, number]> = [];
  for (const node of html) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    // The node's own text in the file (inside a quote its lines keep their "> "), parsed as HTML.
    commentRanges(fromHtml(body.slice(start, end), { fragment: true }), bodyStart + start, ranges);
  }
  let result = source;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return result;
}
