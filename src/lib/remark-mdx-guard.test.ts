import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSafeHtml } from './rehype-safe-html.ts';
import { remarkMdxGuard } from './remark-mdx-guard.ts';

// The MDX compiler Astro's MDX integration runs, with the plugins astro.config.mjs gives it.
const build = (value: string, file = 'content/stories/2024/leak.mdx') =>
  compile(new VFile({ value, path: path.resolve(file) }), { remarkPlugins: [remarkMdxGuard], rehypePlugins: [rehypeSafeHtml], jsxImportSource: 'astro' });

describe('remarkMdxGuard', () => {
  it('refuses an export that reads the environment, with the checker’s Chinese line', async () => {
    await expect(build('正文\n\nexport const k = process.env.HOME\n\n{k}')).rejects.toThrow(
      'content/stories/2024/leak.mdx:3:1  错误  MDX 文件里不允许写 export（代码），请删除\ncontent/stories/2024/leak.mdx:5:1  错误  MDX 文件里不允许写 { } 表达式',
    );
  });

  it('refuses an import of node:fs', async () => {
    await expect(build("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/hostname', 'utf8')}")).rejects.toThrow('leak.mdx:1:1  错误  MDX 文件里不允许写 import');
  });

  it('refuses unsafe HTML that the check refuses, and set:html', async () => {
    await expect(build('<a href="javascript:alert(1)">甲</a>\n\n<div set:html="<img src=x onerror=alert(1)>" />')).rejects.toThrow(/leak\.mdx:1:4 {2}错误 {2}不允许的链接协议“javascript:”[\s\S]*leak\.mdx:3:1 {2}错误 {2}不允许写“set:html”/);
  });

  it('compiles an MDX file that uses only our components, keeping them', async () => {
    const code = String(await build('<Note title="办理提示">\n\n请于3月31日前提交。\n\n</Note>'));
    expect(code).toContain('{Note} = _components');
    expect(code).toContain('办理提示');
  });

  it('leaves .md files to the check', async () => {
    const code = String(await build('<b>甲</b>', 'content/stories/2024/a.md'));
    expect(code).toContain('甲');
  });
});
