import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWechatArticle } from './export-article.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-wechat-'));
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
const story = path.join(content, 'stories/2024/jian.md');
mkdirSync(path.dirname(story), { recursive: true });
cpSync('tests/fixtures/mini/site.yaml', path.join(content, 'site.yaml'));
writeFileSync(story, '---\ntitle: 济安医疗打入欧洲市场\ndate: 2024-10-16\nsummary: 转型研发高端敷料。\n---\n\n正文。\n');
const share = JSON.stringify({ kind: 'story', title: '济安医疗打入欧洲市场', description: '转型研发高端敷料。', pagePath: '/stories/2024/jian/', date: '2024-10-16', year: 2024 });
mkdirSync(path.join(dist, 'stories/2024/jian'), { recursive: true });
writeFileSync(
  path.join(dist, 'stories/2024/jian/index.html'),
  `<!doctype html><html><head><meta name="gsl:share" content="${share.replaceAll('"', '&quot;')}"></head><body><main><article data-pagefind-body><h2 id="a">主动转方向</h2><p>见<a href="/enterprises/jian/">企业</a>。</p></article></main></body></html>`,
);
const options = { file: story, contentRoot: content, outDir: dist, exportRoot: path.join(root, 'exports'), publicDir: path.join(root, 'public') };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('exportWechatArticle', () => {
  it('writes the article with inline styles, absolute links and a closing line with the page’s address, and the cover and square', async () => {
    const done = await exportWechatArticle(options);
    const html = readFileSync(done.files.article, 'utf8');
    expect(done.url).toBe('https://test.example.cn/stories/2024/jian/');
    expect(html).toContain('<a href="https://test.example.cn/enterprises/jian/"');
    expect(html).toContain('本文来源：澄江市工商业联合会网站　原文网址：<a href="https://test.example.cn/stories/2024/jian/"');
    expect(html).not.toMatch(/<style|class=|<script| id=/);
    const size = (file: string) => [readFileSync(file).readUInt32BE(16), readFileSync(file).readUInt32BE(20)];
    expect([size(done.files.cover), size(done.files.square)]).toEqual([[900, 383], [400, 400]]);
  }, 60_000);

  it('refuses a file that is not a report, honour list or story, and one changed since the last build', async () => {
    await expect(exportWechatArticle({ ...options, file: path.join(content, 'site.yaml') })).rejects.toThrow('不是工作报告、表彰名单或企业故事');
    utimesSync(story, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    await expect(exportWechatArticle(options)).rejects.toThrow('在上次 npm run build 之后改过');
  });

  it('refuses a piece that has no built page (a draft, or no build yet)', async () => {
    const draft = path.join(content, 'stories/2024/caogao.md');
    writeFileSync(draft, '---\ntitle: 草稿\ndate: 2024-10-17\nsummary: 草稿。\ndraft: true\n---\n\n正文。\n');
    await expect(exportWechatArticle({ ...options, file: draft })).rejects.toThrow('还没有生成网页');
  });
});
