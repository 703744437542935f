import { describe, expect, it } from 'vitest';
import { namesFile, shardKey } from './data-files.ts';

describe('name table shards', () => {
  it('puts a name in the shard of its first syllable’s first letter or digit', () => {
    expect([shardKey('hua rui yao ye'), shardKey('2023 nian du'), shardKey('“ wu hao')]).toEqual(['h', '2', '_']);
  });

  it('names the shard’s file', () => {
    expect(namesFile('h')).toBe('gsl-names-h.json');
  });
});
