import { describe, expect, it } from 'vitest';
import { fillArchiveLinks } from './fill-archive-links.ts';

const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const bundles = new Map([['锦川工商联-2024.zip', { size: 1_258_291, sha256: hash }]]);
const link =
  '<p data-archive-file="锦川工商联-2024.zip"><a href="/archives/x.zip">下载</a>（<span data-archive-size></span>，SHA-256：<code data-archive-sha256></code>）</p>';

describe('fillArchiveLinks', () => {
  it('writes the size and hash into the link’s placeholders', () => {
    expect(fillArchiveLinks(link, bundles, 'years/2024/index.html')).toEqual({
      html: `<p data-archive-file="锦川工商联-2024.zip"><a href="/archives/x.zip">下载</a>（<span data-archive-size>1.2 MB</span>，SHA-256：<code data-archive-sha256>${hash}</code>）</p>`,
      filled: 1,
    });
  });

  it('replaces what a previous fill left there', () => {
    const once = fillArchiveLinks(link, new Map([['锦川工商联-2024.zip', { size: 10, sha256: 'old' }]]), 'x').html;
    expect(fillArchiveLinks(once, bundles, 'x').html).toBe(fillArchiveLinks(link, bundles, 'x').html);
  });

  it('leaves size and hash elements outside a bundle link alone', () => {
    const html = '<span data-archive-size>—</span>';
    expect(fillArchiveLinks(html, bundles, 'x')).toEqual({ html, filled: 0 });
  });

  it('removes an optional link whose file was not written, and fills the others', () => {
    const pdf = '<li data-archive-file="锦川工商联-2024-年度汇编.pdf" data-archive-optional><a href="/archives/x.pdf">PDF</a><span data-archive-size></span></li>';
    expect(fillArchiveLinks(`<ul>${pdf}${link}</ul>`, bundles, 'x')).toEqual({ html: `<ul>${fillArchiveLinks(link, bundles, 'x').html}</ul>`, filled: 1 });
  });

  it('fails when a page links a bundle that was not written', () => {
    expect(() => fillArchiveLinks(link.replace('2024', '2019'), bundles, 'archives/index.html')).toThrow('archives/index.html: 链接的归档包 锦川工商联-2019.zip 没有生成');
  });
});
