import { describe, expect, it } from 'vitest';
import { readShareData, readShareMetaContent, serializeShareData } from './share-meta.ts';
import type { ShareData } from './types.ts';

const report: ShareData = {
  kind: 'report',
  title: '在市工商联十届三次执委会议上的工作报告',
  description: '回顾2023年“万企兴万村”行动和营商环境建设，部署2024年工作。',
  pagePath: '/reports/2024/zhiwei/',
  date: '2024-01-18',
  year: 2024,
  source: 'content/reports/2024/zhiwei.md',
};

function escapeLikeAstro(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;');
}

describe('readShareData', () => {
  it('reads back the ShareData a page serialised into its head', () => {
    const html = `<html><head><meta charset="utf-8"><meta name="gsl:share" content="${escapeLikeAstro(serializeShareData(report))}"></head></html>`;
    expect(readShareData(html)).toEqual(report);
  });

  it('finds the meta element whatever the attribute order', () => {
    const html = `<meta content='{"kind":"home","title":"锦川工商联","description":"","pagePath":"/"}' name="gsl:share">`;
    expect(readShareData(html)?.kind).toBe('home');
  });

  it('returns undefined for a page without share data, such as a redirect', () => {
    expect(readShareData('<meta http-equiv="refresh" content="0;url=/reports/">')).toBeUndefined();
  });

  it('reads a title holding > < & and quotes, which a page escapes only partly', () => {
    const share = { ...report, title: 'A>B <c> & "引号" \'x\' 𠮷', description: '摘要里也有 > 号' };
    const html = `<meta charset="utf-8"><meta name="gsl:share" content="${escapeLikeAstro(serializeShareData(share))}">`;
    expect(readShareData(html)).toEqual(share);
  });

  it('names what is wrong with malformed share data', () => {
    const html = `<meta name="gsl:share" content='{"kind":"speech","title":"","description":"x","pagePath":"reports/"}'>`;
    expect(() => readShareData(html)).toThrow('kind 应当是 report/honor/story/enterprise/year/home/listing/page/compilation 之一；缺少 title；pagePath 应当以 / 开头和结尾');
  });
});

describe('readShareMetaContent', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(readShareMetaContent('<meta name="gsl:share" content="&quot;五好&quot; &amp; &#39;万企&#x27;">')).toBe('"五好" & \'万企\'');
  });

  it('gives back a title with every character HTML treats specially, exactly as written', () => {
    const title = 'A>B <c> & "引号" \'x\' 𠮷';
    const html = `<head><meta name="description" content="x>y"><meta name="gsl:share" content="${escapeLikeAstro(title)}"></head>`;
    expect(readShareMetaContent(html)).toBe(title);
  });

  it('is not fooled by a meta tag written inside a comment or a script', () => {
    const html = '<!-- <meta name="gsl:share" content="old"> --><script>"<meta name=\'gsl:share\' content=\'fake\'>"</script><meta name="gsl:share" content="real">';
    expect(readShareMetaContent(html)).toBe('real');
  });

  it('names malformed poster facts: groups, parts, names to keep', () => {
    const html = `<meta name="gsl:share" content='{"kind":"honor","title":"名单","description":"","pagePath":"/h/","groups":[{"heading":"先进","count":"多"}],"keep":[1]}'>`;
    expect(() => readShareData(html)).toThrow('keep 应当是文字列表；groups 应当是 { heading, count, names } 的列表');
  });
});
