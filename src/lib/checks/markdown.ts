import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A Markdown body parsed once, with copies of its text where code and link targets are blanked out. */
export interface ParsedMarkdown {
  tree: Root;
  /** Code and inline code blanked: for adverts and unsafe HTML. */
  prose: string;
  /** Also HTML, images, definitions, link targets and bare URLs blanked: for placeholders and punctuation. */
  words: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses Markdown (GFM), or MDX when `mdx`, into an mdast tree with positions: `"# 标题"` → root with one heading. */
export function parseMarkdownTree(body: string, mdx = false): Root {
  const chosen = mdx ? mdxParser : parser;
  return chosen.runSync(chosen.parse(body)) as Root;
}

function blank(chars: string[], start: number | undefined, end: number | undefined): void {
  if (start === undefined || end === undefined) return;
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Parses a body and builds its blanked copies, keeping every offset and line where it was. */
export function parseMarkdown(body: string, mdx = false): ParsedMarkdown {
  const tree = parseMarkdownTree(body, mdx);
  // UTF-16 units, as the tree's offsets count them: a character beyond the BMP (𠮷) is two, and blanking keeps both places.
  const prose = body.split('');
  const words = body.split('');
  walk(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'code' || node.type === 'inlineCode') {
      blank(prose, start, end);
      blank(words, start, end);
    } else if (node.type === 'html' || node.type === 'image' || node.type === 'definition' || node.type === 'imageReference') {
      blank(words, start, end);
    } else if (node.type === 'link') {
      const last = node.children.at(-1)?.position?.end.offset;
      const isBare = node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value === node.url.replace(/^mailto:/, '');
      blank(words, isBare || last === undefined ? start : last, end);
    }
  });
  const text = words.join('').replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  return { tree, prose: prose.join(''), words: text };
}

/** Every node of a tree in document order, for checks that look for one node type. */
export function listNodes(tree: Root): Nodes[] {
  const nodes: Nodes[] = [];
  walk(tree, (node) => nodes.push(node));
  return nodes;
}
