import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { stackWideTables } from './wide-tables.ts';

const stack = (html: string) => toHtml({ type: 'root', children: stackWideTables(fromHtml(html, { fragment: true }).children as ElementContent[]) });

describe('stackWideTables', () => {
  it('stacks an honour table with three columns besides 序号: each row its number and name, then label and value', () => {
    const html = '<table><thead><tr><th>序号</th><th>名称</th><th>职务</th><th>地区</th></tr></thead><tbody><tr><td>1</td><th scope="row"><a href="https://x.cn/e/">陈怀瑾</a></th><td>董事长</td><td>锦南区</td></tr></tbody></table>';
    expect(stack(html)).toBe('<p class="stacked-row"><strong>1. <a href="https://x.cn/e/">陈怀瑾</a></strong><br>职务：董事长<br>地区：锦南区</p>');
  });

  it('keeps a table that fits a phone as a table', () => {
    const html = '<table><thead><tr><th>序号</th><th>名称</th><th>地区</th></tr></thead><tbody><tr><td>1</td><td>锦川华瑞药业股份有限公司</td><td>锦南区</td></tr></tbody></table>';
    expect(stack(html)).toBe(html);
  });

  it('finds wide tables inside other elements, and stacks a table without 序号 by its first cell', () => {
    const html = '<div><table><tr><th>项目</th><th>2023年</th><th>2024年</th><th>增长</th></tr><tr><td>融资</td><td>30亿元</td><td>38亿元</td><td>27%</td></tr></table></div>';
    expect(stack(html)).toBe('<div><p class="stacked-row"><strong>融资</strong><br>2023年：30亿元<br>2024年：38亿元<br>增长：27%</p></div>');
  });
});
