import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/** A QR code as an `<svg>` element whose size is a whole number of pixels per module, so every edge is sharp. */
export interface QrImage {
  svg: string;
  size: number;
}

/**
 * Draws `text` as a QR code (error correction M) of at most `maxSize` px, quiet zone included.
 * `("https://www.jcgsl.example.cn/reports/2024/zhiwei/", 260)` → `{ size: 246, svg: "<svg … width=\"246\" …>…</svg>" }`
 */
export function drawQrCode(text: string, maxSize: number): QrImage {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor(maxSize / count);
  if (scale < 2) throw new Error(`二维码内容太长，${maxSize} 像素画不清楚：${text}`);
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  const size = count * scale;
  const svg =
    `<svg width="${size}" height="${size}" viewBox="0 0 ${count} ${count}" shape-rendering="crispEdges">` +
    `<rect width="${count}" height="${count}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return { svg, size };
}
