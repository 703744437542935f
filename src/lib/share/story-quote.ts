import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '../checks/markdown.ts';
import { mdastText } from '../mdast-text.ts';
import type { ShareQuote } from './types.ts';

/** How long a quoted sentence may be to stand on a poster: long enough to say something, short enough to read. */
const LENGTH = { min: 12, max: 80 };
/** Verbs that introduce speech right before a colon: 韦思宁说：“……” */
const SAYS = ['说', '表示', '介绍', '感慨', '坦言', '笑着说', '告诉记者'];

function paragraphs(node: Nodes): string[] {
  if (node.type === 'paragraph') return [mdastText(node)];
  return 'children' in node ? (node.children as Nodes[]).flatMap(paragraphs) : [];
}

/** Who says it: the words before the verb, back to the last punctuation, when they are a short name. `"韦思宁说："` → `"韦思宁"` */
function speakerBefore(text: string): string | undefined {
  const lead = text.replace(/[：:]\s*$/, '');
  for (const verb of SAYS) {
    if (!lead.endsWith(verb)) continue;
    const clause = lead.slice(0, -verb.length).split(/[。！？，；、“”\s]/).at(-1) ?? '';
    const name = clause.replace(/^(?:[^\s]*?(?:总经理|董事长|负责人|主任|书记|会长|主席|经理|厂长|村民|社长))?/, '');
    return [...name].length >= 2 && [...name].length <= 6 ? name : undefined;
  }
  return undefined;
}

/**
 * The first sentence a story quotes after a colon (`……说：“……。”`), for the poster of a story without a lead image.
 * `"韦思宁说：“园区里的企业抱团发展，很多投入就不用重复做了。”"` → `{ text: "园区里的企业抱团发展，很多投入就不用重复做了。", by: "韦思宁" }`
 */
export function findStoryQuote(markdown: string, mdx = false): ShareQuote | undefined {
  for (const text of paragraphs(parseMarkdownTree(markdown, mdx))) {
    for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
      const close = text.indexOf('”', open + 1);
      if (close < 0) break;
      const quoted = text.slice(open + 1, close).trim();
      const length = [...quoted].length;
      if (!/[：:]\s*$/.test(text.slice(0, open)) || length < LENGTH.min || length > LENGTH.max || !/[。！？]$/.test(quoted)) continue;
      const by = speakerBefore(text.slice(0, open));
      return by ? { text: quoted, by } : { text: quoted };
    }
  }
  return undefined;
}
