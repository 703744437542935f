import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from './encode-png.ts';

describe('encodePng', () => {
  it('writes an RGB PNG whose pixels read back unchanged, alpha dropped', () => {
    // 3×2: the site's red, gold and paper colours over two rows, with a mid-grey.
    const rgba = Uint8Array.from([159, 29, 32, 255, 184, 134, 11, 255, 251, 247, 239, 255, 128, 128, 128, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
    const png = PNG.sync.read(encodePng(rgba, 3, 2));
    expect([png.width, png.height, png.colorType]).toEqual([3, 2, 2]);
    expect([...png.data]).toEqual([...rgba]);
  });

  it('produces the same bytes for the same pixels', () => {
    const rgba = new Uint8Array(40 * 30 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    expect(encodePng(rgba, 40, 30).equals(encodePng(rgba, 40, 30))).toBe(true);
  });
});
