import { describe, expect, it } from 'vitest';
import { addStylesheetLink, applyEdits, serializeStartTag, walkElements, type ElementEnd, type ElementInfo } from './html-edits.ts';

function collect(html: string): Array<[string, string, string]> {
  const seen: Array<[string, string, string]> = [];
  walkElements(html, {
    close: (element: ElementInfo, end: ElementEnd) => seen.push([element.name, html.slice(element.start, element.openEnd), html.slice(element.start, end.end)]),
  });
  return seen;
}

describe('walkElements', () => {
  it('reports each element’s start tag and whole extent', () => {
    expect(collect('<p class="lead">锦川<a href="/x/">工商联</a></p>')).toEqual([
      ['a', '<a href="/x/">', '<a href="/x/">工商联</a>'],
      ['p', '<p class="lead">', '<p class="lead">锦川<a href="/x/">工商联</a></p>'],
    ]);
  });

  it('ends a void element at its own start tag', () => {
    expect(collect('<div><img src="/logo.svg" alt="">标志</div>')[0]).toEqual(['img', '<img src="/logo.svg" alt="">', '<img src="/logo.svg" alt="">']);
  });

  it('decodes entities in attribute values', () => {
    let href = '';
    walkElements('<a href="/q/?a=1&amp;b=2">链接</a>', { open: (e) => (href = e.attribs['href'] ?? '') });
    expect(href).toBe('/q/?a=1&b=2');
  });
});

describe('applyEdits', () => {
  it('applies edits given out of order', () => {
    expect(applyEdits('甲乙丙', [{ start: 2, end: 3, text: '三' }, { start: 0, end: 1, text: '一' }])).toBe('一乙三');
  });

  it('drops an edit that falls inside a removed range', () => {
    expect(applyEdits('<p>a<b>b</b></p>c', [{ start: 4, end: 7, text: '<i>' }, { start: 0, end: 16, text: '' }])).toBe('c');
  });
});

describe('serializeStartTag', () => {
  it('escapes ampersands and quotes in values', () => {
    expect(serializeStartTag('a', { href: '/q/?a=1&b=2', title: '“优秀”"建设者"' })).toBe('<a href="/q/?a=1&amp;b=2" title="“优秀”&quot;建设者&quot;">');
  });
});

describe('addStylesheetLink', () => {
  it('puts the link last in the head, found by the parser and not by a look-alike in a script', () => {
    const html = '<html><head><title>吉𠮷</title><script>"</head>"</script></head><body><p>x</p></body></html>';
    expect(addStylesheetLink(html, '/fonts/a.css')).toBe('<html><head><title>吉𠮷</title><script>"</head>"</script><link rel="stylesheet" href="/fonts/a.css"></head><body><p>x</p></body></html>');
  });
});
