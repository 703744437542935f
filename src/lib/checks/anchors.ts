import type { Root } from 'mdast';
import type { HonorTable } from '../honors.ts';
import { remarkOutline } from '../remark-outline.ts';
import type { ContentKind } from '../content-kinds.ts';
import { listNodes } from './markdown.ts';

/**
 * The anchors a page will have, computed the way the build computes them, or null when unknown
 * (then links to `#…` on that page are not checked). Reports: outline ids `s1`, `s1-2`…; honours:
 * one per honouree row (`lin-xi-xian-gong-shang-lian`), from the tables `readHonorTables` found;
 * stories: none known yet. A report's tree is changed in place (the outline plugin runs on it), so
 * call this last.
 */
export function collectPageAnchors(kind: ContentKind, tree: Root, honorTables: readonly HonorTable[]): Set<string> | null {
  if (kind === 'report') {
    remarkOutline()(tree, { path: '/reports/page.md' });
    const ids = listNodes(tree).flatMap((node) => {
      const id = node.type === 'heading' ? node.data?.hProperties?.['id'] : undefined;
      return typeof id === 'string' ? [id] : [];
    });
    return new Set(ids);
  }
  if (kind === 'honor') {
    return new Set(honorTables.flatMap((t) => t.rows.map((r) => r.anchor)));
  }
  return null;
}
