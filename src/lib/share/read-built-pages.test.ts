import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listHtmlFiles, readBuiltPages } from './read-built-pages.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'gsl-built-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function writePage(file: string, head: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), `<!doctype html><html lang="zh-CN"><head>${head}</head><body></body></html>`);
}

writePage('index.html', `<meta name="gsl:share" content="{&quot;kind&quot;:&quot;home&quot;,&quot;title&quot;:&quot;锦川市工商业联合会（总商会）&quot;,&quot;description&quot;:&quot;信息发布平台&quot;,&quot;pagePath&quot;:&quot;/&quot;}">`);
writePage('reports/2024/zhiwei/index.html', `<meta name="gsl:share" content='{"kind":"report","title":"在市工商联十届三次执委会议上的工作报告","description":"部署2024年工作。","pagePath":"/reports/2024/zhiwei/","date":"2024-01-18"}'>`);
writePage('old/index.html', '<meta http-equiv="refresh" content="0;url=/reports/2024/zhiwei/">');

describe('readBuiltPages', () => {
  it('lists built HTML files in a stable order with forward slashes', () => {
    expect(listHtmlFiles(dist)).toEqual(['index.html', 'old/index.html', 'reports/2024/zhiwei/index.html']);
  });

  it('reads the share data of every page that has it and skips redirects', () => {
    expect(readBuiltPages(dist).map((page) => [page.htmlFile, page.share.pagePath])).toEqual([
      ['index.html', '/'],
      ['reports/2024/zhiwei/index.html', '/reports/2024/zhiwei/'],
    ]);
  });

  it('names the file whose share data is malformed', () => {
    writePage('broken/index.html', `<meta name="gsl:share" content="{not json">`);
    expect(() => readBuiltPages(dist)).toThrow('broken/index.html: 页面里的分享信息（gsl:share）无法读取');
    rmSync(path.join(dist, 'broken'), { recursive: true });
  });
});
