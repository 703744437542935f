import { describe, expect, it } from 'vitest';
import { renderBundleIndex, type BundleIndexInput } from './bundle-index.ts';

const input: BundleIndexInput = {
  organisation: '锦川市工商业联合会（总商会）',
  shortName: '锦川工商联',
  year: 2024,
  baseUrl: 'https://www.jcgsl.example.cn',
  yearPage: 'years/2024/index.html',
  hasCompilation: true,
  hasPdf: true,
};

describe('renderBundleIndex', () => {
  it('starts the reader at the year page, the compilation and the PDF', () => {
    const html = renderBundleIndex(input);
    expect(html).toContain('<a href="years/2024/index.html">2024年度目录（全部网页）</a>');
    expect(html).toContain('<a href="%E5%B9%B4%E5%BA%A6%E6%B1%87%E7%BC%96.html">年度汇编（网页，可打印）</a>');
    expect(html).toContain('<a href="%E5%B9%B4%E5%BA%A6%E6%B1%87%E7%BC%96.pdf">年度汇编（PDF）</a>');
  });

  it('leaves the PDF out when none was printed', () => {
    expect(renderBundleIndex({ ...input, hasPdf: false })).not.toContain('.pdf');
  });

  it('points at the live site for other years', () => {
    expect(renderBundleIndex(input)).toContain('<a href="https://www.jcgsl.example.cn/">https://www.jcgsl.example.cn</a>');
  });

  it('is marked as Chinese and titled with the organisation and year', () => {
    expect(renderBundleIndex(input)).toMatch(/<html lang="zh-CN">[\s\S]*<title>锦川工商联2024年度归档<\/title>/);
  });
});
