import { describe, expect, it } from 'vitest';
import { classifyFile } from './content-files.ts';

describe('classifyFile', () => {
  it('places a report by its year folder', () => {
    expect(classifyFile('reports/2024/zhiwei.md')).toEqual({ kind: 'report', rel: 'reports/2024/zhiwei.md', yearFolder: '2024' });
  });

  it('ignores images kept beside a story', () => {
    expect(classifyFile('stories/2024/cover.jpg')).toBeNull();
  });

  it('refuses a content type the site does not know', () => {
    expect(classifyFile('news/2024/a.md')).toMatchObject({ code: 'unknown-kind' });
  });

  it('refuses MDX for honour lists', () => {
    expect(classifyFile('honors/2024/a.mdx')).toMatchObject({ code: 'mdx-not-allowed' });
  });

  it('allows MDX for reports and stories', () => {
    expect(classifyFile('stories/2024/a.mdx')).toMatchObject({ kind: 'story' });
  });

  it('tells the editor to import a Word file first', () => {
    expect(classifyFile('reports/2024/报告.docx')).toEqual({
      code: 'unknown-file',
      level: 'error',
      problem: '网站不会发布“报告.docx”这种文件，Word 或文本文件请先用 npm run import 转成 Markdown',
    });
  });

  it('refuses a report outside a year folder', () => {
    expect(classifyFile('reports/zhiwei.md')).toMatchObject({ code: 'no-year-folder' });
  });

  it('refuses an upper-case or long extension the site would not publish, naming the file to rename to', () => {
    expect(classifyFile('reports/2024/报告.MD')).toEqual({ code: 'extension-case', level: 'error', problem: '扩展名要写成小写：请把“报告.MD”改名为“报告.md”，否则网站不会发布它' });
    expect(classifyFile('stories/2024/a.Markdown')).toMatchObject({ code: 'extension-case' });
    expect(classifyFile('enterprises/huarui.YAML')).toMatchObject({ code: 'extension-case' });
  });

  it('accepts exactly the files the collection loaders publish', () => {
    expect(classifyFile('enterprises/huarui.yml')).toEqual({ kind: 'enterprise', rel: 'enterprises/huarui.yml' });
    expect(classifyFile('honors/2024/a.MDX')).toMatchObject({ code: 'mdx-not-allowed' });
  });

  it('takes an events file named after its year, straight in events/', () => {
    expect(classifyFile('events/2024.yaml')).toEqual({ kind: 'event', rel: 'events/2024.yaml', yearFolder: '2024' });
    expect(classifyFile('events/dashiji.yaml')).toMatchObject({ code: 'event-file-name', level: 'error' });
    expect(classifyFile('events/2024/a.yaml')).toMatchObject({ code: 'event-file-name' });
  });

  it('leaves a chart’s CSV beside a report to the <Chart> that names it', () => {
    expect(classifyFile('reports/2024/rongzi.csv')).toBeNull();
  });
});
