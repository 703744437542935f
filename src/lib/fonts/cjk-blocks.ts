import type { CoverageTest } from '../share/font-coverage.ts';

/** A Unicode block of CJK ideographs. */
export interface CjkBlock {
  name: string;
  first: number;
  last: number;
}

/** The blocks of CJK Unified Ideographs (Unicode 16) and the compatibility supplement, basic block first. */
export const CJK_BLOCKS: readonly CjkBlock[] = [
  { name: 'URO', first: 0x4e00, last: 0x9fff },
  { name: 'Ext A', first: 0x3400, last: 0x4dbf },
  { name: 'Ext B', first: 0x20000, last: 0x2a6df },
  { name: 'Ext C', first: 0x2a700, last: 0x2b73f },
  { name: 'Ext D', first: 0x2b740, last: 0x2b81f },
  { name: 'Ext E', first: 0x2b820, last: 0x2ceaf },
  { name: 'Ext F', first: 0x2ceb0, last: 0x2ebef },
  { name: 'Ext I', first: 0x2ebf0, last: 0x2ee5f },
  { name: 'Ext G', first: 0x30000, last: 0x3134f },
  { name: 'Ext H', first: 0x31350, last: 0x323af },
  { name: 'Compat. Suppl.', first: 0x2f800, last: 0x2fa1f },
];

/** Whether a code point is an ideograph outside the basic block, which readers' phones may lack: `0x20bb7` (𠮷) → true; `0x5409` (吉) → false. */
export function isRareIdeograph(codePoint: number): boolean {
  return CJK_BLOCKS.some((block, i) => i > 0 && codePoint >= block.first && codePoint <= block.last);
}

/** How many code points of each block a font covers: `{ "URO": 20992, "Ext A": 6592, "Ext B": 52, … }`. */
export function countByBlock(covers: CoverageTest): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of CJK_BLOCKS) {
    let count = 0;
    for (let codePoint = block.first; codePoint <= block.last; codePoint++) if (covers(codePoint)) count += 1;
    counts[block.name] = count;
  }
  return counts;
}
