import { deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes opaque RGBA pixels as an 8-bit RGB PNG, no row filter, zlib level 3.
 * Measured on 60 cards of 1200×630 (scripts/bench-images.ts): about 6 ms and 51 KB each, against
 * 13 ms and 52 KB for resvg's own `asPng()`; level 6 saves 12 KB for 5 ms more, "up" filtering only grows
 * these flat images. Opaque RGB also spares chat apps that draw a transparent PNG on black.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.allocUnsafe(stride * height);
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  let out = 0;
  let pixel = 0;
  for (let y = 0; y < height; y++) {
    raw[out++] = 0;
    for (let x = 0; x < width; x++) {
      const value = pixels[pixel++]!; // little-endian: 0xAABBGGRR
      raw[out++] = value & 0xff;
      raw[out++] = (value >>> 8) & 0xff;
      raw[out++] = (value >>> 16) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', new Uint8Array(0))]);
}
