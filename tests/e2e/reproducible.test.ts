import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { hashTree } from '../support/hash-tree.ts';

describe('reproducible output', () => {
  it('gives byte-identical files when the same commit is built twice', () => {
    const first = hashTree(inject('demoDist'));
    const again = buildSite('content');
    expect(again.status, again.output).toBe(0);
    const second = hashTree(again.dist);
    const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
    expect(Object.keys(first).length).toBeGreaterThan(100);
  });
});
