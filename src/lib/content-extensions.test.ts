import { describe, expect, it } from 'vitest';
import { contentGlob, extensionOf, judgeFileName } from './content-extensions.ts';

describe('contentGlob', () => {
  it('gives the loaders the patterns they always had', () => {
    expect([contentGlob('report'), contentGlob('honor'), contentGlob('story'), contentGlob('enterprise')]).toEqual([
      '*/**/*.{md,mdx}',
      '*/**/*.md',
      '*/**/*.{md,mdx}',
      '**/*.{yaml,yml}',
    ]);
  });
});

describe('extensionOf', () => {
  it('keeps the case as written and ignores a leading dot', () => {
    expect([extensionOf('报告.MD'), extensionOf('a.tar.gz'), extensionOf('README'), extensionOf('.hidden')]).toEqual(['MD', 'gz', '', '']);
  });
});

describe('judgeFileName', () => {
  it('publishes the lower-case extensions of each kind', () => {
    expect([judgeFileName('report', 'a.md'), judgeFileName('story', 'a.mdx'), judgeFileName('enterprise', 'a.yml')]).toEqual([
      { published: true },
      { published: true },
      { published: true },
    ]);
  });

  it('names the file to rename to for an upper-case or long spelling', () => {
    expect([judgeFileName('report', '报告.MD'), judgeFileName('story', 'a.Markdown'), judgeFileName('story', 'a.MDX'), judgeFileName('enterprise', 'huarui.YAML')]).toEqual([
      { published: false, renameTo: '报告.md' },
      { published: false, renameTo: 'a.md' },
      { published: false, renameTo: 'a.mdx' },
      { published: false, renameTo: 'huarui.yaml' },
    ]);
  });

  it('suggests nothing for a format the kind never takes', () => {
    expect([judgeFileName('report', 'a.docx'), judgeFileName('enterprise', 'a.md'), judgeFileName('report', 'a.yaml')]).toEqual([
      { published: false },
      { published: false },
      { published: false },
    ]);
  });
});
