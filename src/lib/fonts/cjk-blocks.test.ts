import { describe, expect, it } from 'vitest';
import { CJK_BLOCKS, countByBlock, isRareIdeograph } from './cjk-blocks.ts';

describe('isRareIdeograph', () => {
  it('is true for the extension blocks and false for the basic block and everything else', () => {
    expect([...'𠮷䶮𬌗𰻞吉堃喆昇A，'].map((c) => isRareIdeograph(c.codePointAt(0)!))).toEqual([true, true, true, true, false, false, false, false, false, false]);
  });
});

describe('countByBlock', () => {
  it('counts the covered code points of every block', () => {
    const counts = countByBlock((cp) => cp === 0x20bb7 || (cp >= 0x4e00 && cp < 0x4e10));
    expect(counts).toMatchObject({ URO: 16, 'Ext A': 0, 'Ext B': 1, 'Ext G': 0 });
    expect(Object.keys(counts)).toEqual(CJK_BLOCKS.map((b) => b.name));
  });
});
