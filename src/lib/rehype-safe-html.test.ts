import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkOutline } from './remark-outline.ts';
import { rehypeSafeHtml } from './rehype-safe-html.ts';

// The same order as Astro's Markdown pipeline: remark plugins, remark-rehype with raw HTML kept, our rehype plugin.
const render = (markdown: string, path = '/site/content/stories/2024/a.md') =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkOutline).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml).use(rehypeStringify).processSync({ value: markdown, path }));

describe('rehypeSafeHtml', () => {
  it('removes what the policy refuses from raw HTML in Markdown, comments included', () => {
    expect(render('甲<!-- 联系人 13800138000 --><img src="/logo.svg" alt="会徽"\nonerror="alert(1)">\n\n<script>alert(1)</script>\n\n[乙](&#106;avascript:alert(1))')).toBe(
      '<p>甲<img src="/logo.svg" alt="会徽"></p>\n\n<p><a>乙</a></p>',
    );
  });

  it('keeps a report’s outline anchors and its tables', () => {
    const html = render('各位委员：\n\n## 一、总体要求\n\n（一）服务企业。正文。\n\n| 名称 | 数量 |\n| --- | --- |\n| 甲 | 1 |', '/site/content/reports/2024/a.md');
    expect(html).toContain('<p class="salutation">各位委员：</p>');
    expect(html).toContain('<h2 id="s1">一、总体要求</h2>');
    expect(html).toContain('<h3 id="s1-1">（一）服务企业。</h3>');
    expect(html).toContain('<td>甲</td>');
  });

  it('cleans lower-case elements inside an MDX component and keeps the component', async () => {
    const code = String(await compile('<Note title="提示">\n\n<b onclick="alert(1)" style="color:red">甲</b>\n\n</Note>', { rehypePlugins: [rehypeSafeHtml], jsxImportSource: 'astro' }));
    expect(code).toContain('{Note} = _components');
    expect(code).toContain('"甲"');
    expect(code).not.toMatch(/onclick|color:red/i);
  });
});
