import type { Root } from 'mdast';
import { honorTables, parseHonorDocument } from '../honors.ts';
import { remarkOutline } from '../remark-outline.ts';
import type { ContentKind } from './fields.ts';
import { listNodes } from './markdown.ts';

/**
 * The anchors a page will have, computed the way the build computes them, or null when unknown
 * (then links to `#…` on that page are not checked). Reports: outline ids `s1`, `s1-2`…; honours:
 * one per honouree row (`lin-xi-xian-gong-shang-lian`); stories: none known yet.
 */
export function collectPageAnchors(kind: ContentKind, tree: Root, body: string): Set<string> | null {
  if (kind === 'report') {
    const copy = structuredClone(tree);
    remarkOutline()(copy, { path: '/reports/page.md' });
    const ids = listNodes(copy).flatMap((node) => {
      const id = node.type === 'heading' ? node.data?.hProperties?.['id'] : undefined;
      return typeof id === 'string' ? [id] : [];
    });
    return new Set(ids);
  }
  if (kind === 'honor') {
    return new Set(honorTables(parseHonorDocument(body)).flatMap((t) => t.rows.map((r) => r.anchor)));
  }
  return null;
}
