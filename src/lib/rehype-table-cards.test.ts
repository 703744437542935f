import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeTableCards } from './rehype-table-cards.ts';

const render = (markdown: string) => String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableCards).use(rehypeStringify).processSync(markdown));

const figures = `| 指标 | 2023年 | 增长 |
| --- | --- | --- |
| 民营经济增加值 | 1300亿元 | 7.1% |
| 民营企业户数 | 9万户 | 6.5% |
`;

describe('rehypeTableCards', () => {
  it('labels every body cell after the first with its column header', () => {
    const html = render(figures);
    expect(html).toContain('<td>民营经济增加值</td>\n<td data-label="2023年">1300亿元</td>\n<td data-label="增长">7.1%</td>');
    expect(html).toContain('<td>民营企业户数</td>\n<td data-label="2023年">9万户</td>');
  });

  it('puts each table in a scrollable region named by its place on the page', () => {
    const html = render(`${figures}\n正文。\n\n${figures}`);
    expect(html.match(/<div class="table-wrap" role="region" aria-label="表格 \d" tabindex="0"><table>/g)).toEqual([
      '<div class="table-wrap" role="region" aria-label="表格 1" tabindex="0"><table>',
      '<div class="table-wrap" role="region" aria-label="表格 2" tabindex="0"><table>',
    ]);
  });

  it('takes the header’s text without its markup, and escapes it as an attribute', () => {
    const html = render('| 项目 | **金额**（"万元"） |\n| --- | --- |\n| 助学 | 210 |\n');
    expect(html).toContain('<td data-label="金额（&#x22;万元&#x22;）">210</td>');
  });

  it('leaves a cell under an empty header unlabelled', () => {
    expect(render('| 项目 |  |\n| --- | --- |\n| 助学 | 210 |\n')).toContain('<td>210</td>');
  });
});
