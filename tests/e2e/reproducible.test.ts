import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_CACHES } from '../../src/lib/file-cache.ts';
import { renderCacheDir } from '../../src/lib/paths.ts';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { hashTree } from '../support/hash-tree.ts';

afterAll(removeContentCopies);

/** A build of `content` with every cache empty: its own cache folders, and no rendered Markdown left from before. */
function coldBuild(content: string) {
  rmSync(renderCacheDir(content), { recursive: true, force: true });
  const caches = mkdtempSync(path.join(tmpdir(), 'gsl-cold-caches-'));
  const env = Object.fromEntries(Object.values(BUILD_CACHES).map(({ folder, variable }) => [variable, path.join(caches, folder)]));
  const built = buildSite(content, env);
  rmSync(caches, { recursive: true, force: true });
  return built;
}

describe('reproducible output', () => {
  it('gives byte-identical files when the same commit is built twice from empty caches', () => {
    const content = copyContentTree('content', 'gsl-reproducible-');
    const first = coldBuild(content);
    expect(first.status, first.output).toBe(0);
    const second = coldBuild(content);
    expect(second.status, second.output).toBe(0);
    // Nothing came from a cache: no image, search index or year bundle was reused.
    expect(second.output).not.toMatch(/页面未变化，沿用缓存|沿用缓存 [1-9]|（[1-9]\d* 个未变化/);
    const [a, b] = [hashTree(first.dist), hashTree(second.dist)];
    const differing = Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]);
    expect(differing).toEqual([]);
    expect(Object.keys(a).length).toBeGreaterThan(100);
  });
});
