import { describe, expect, it } from 'vitest';
import { drawQrCode } from './qr-code.ts';

describe('drawQrCode', () => {
  it('draws a page address at a whole number of pixels per module within the maximum size', () => {
    const qr = drawQrCode('https://www.jcgsl.example.cn/reports/2024/zhiwei-shijie-sici/', 260);
    const modules = Number(/viewBox="0 0 (\d+) /.exec(qr.svg)?.[1]);
    expect(qr.size).toBeLessThanOrEqual(260);
    expect(qr.size % modules).toBe(0);
    expect(qr.svg).toContain(`width="${qr.size}" height="${qr.size}"`);
  });

  it('refuses a text too long to draw sharply in the space', () => {
    expect(() => drawQrCode(`https://www.jcgsl.example.cn/${'a'.repeat(400)}/`, 120)).toThrow('二维码内容太长');
  });
});
