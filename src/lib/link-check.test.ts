import { describe, expect, it } from 'vitest';
import { findBrokenLinks, readPageLinks, targetFile } from './link-check.ts';

const origin = 'https://www.jcgsl.example.cn';

describe('readPageLinks', () => {
  it('collects anchors and every kind of URL a page loads or links to', () => {
    const page = readPageLinks(
      '<h2 id="s1">一、</h2><a href="/reports/#y2024">报告</a><link rel="stylesheet" href="/_astro/a.css">' +
        '<img src="/a.png" srcset="/a-375.png 375w, /a-750.png 750w"><meta property="og:image" content="https://www.jcgsl.example.cn/share/card.png">',
    );
    expect([...page.ids]).toEqual(['s1']);
    expect(page.links).toEqual(['/reports/#y2024', '/_astro/a.css', '/a.png', '/a-375.png', '/a-750.png', 'https://www.jcgsl.example.cn/share/card.png']);
  });
});

describe('targetFile', () => {
  it('maps folder URLs to their index.html and keeps the anchor', () => {
    expect(targetFile('/reports/2024/zhiwei/#s1-2', 'index.html', origin)).toEqual({ file: 'reports/2024/zhiwei/index.html', hash: 's1-2' });
  });

  it('resolves relative links from the page they are on', () => {
    expect(targetFile('../b/', 'reports/a/index.html', origin)).toEqual({ file: 'reports/b/index.html', hash: '' });
  });

  it('ignores links to other hosts and to mail or phone', () => {
    expect([targetFile('https://beian.miit.gov.cn/', 'index.html', origin), targetFile('mailto:a@b.cn', 'index.html', origin)]).toEqual([null, null]);
  });
});

describe('findBrokenLinks', () => {
  const pages = new Map([
    ['index.html', { ids: new Set<string>(), links: ['/reports/2024/a/#s1', '/reports/2024/a/#s9', '/gone/', '/theme.css', `${origin}/reports/2024/a/`] }],
    ['reports/2024/a/index.html', { ids: new Set(['s1']), links: [] }],
  ]);
  const files = new Set(['index.html', 'reports/2024/a/index.html', 'theme.css']);

  it('reports missing pages and missing anchors, and nothing that exists', () => {
    expect(findBrokenLinks(pages, files, origin)).toEqual([
      { page: 'index.html', link: '/reports/2024/a/#s9', reason: 'missing-anchor' },
      { page: 'index.html', link: '/gone/', reason: 'missing-file' },
    ]);
  });
});
