import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDrawable } from '../../src/lib/fonts/drawable.ts';
import { buildPageRareFaces } from '../../src/lib/share/page-rare-faces.ts';
import { readBuiltPages } from '../../src/lib/share/read-built-pages.ts';
import { renderShareImage } from '../../src/lib/share/render-share-image.ts';
import { loadShareFonts } from '../../src/lib/share/share-fonts.ts';
import { sharePaths } from '../../src/lib/share/share-paths.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { launchChromium, recordRequests } from '../support/browser.ts';
import { buildSite, copyContentTree, removeContentCopies, type BuiltSite } from '../support/build-site.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';
import { readZip } from '../support/read-zip.ts';

const NAMES = '𠮷䶮𬌗堃喆昇';
const STORY = '吉𠮷与刘䶮：𬌗氏、堃喆昇三家企业的故事';
const BRACKETS = 'A>B <c> & "引号" \'x\' 𠮷';
const FILES: Record<string, string> = {
  'stories/2024/rare-names.md': `---\ntitle: ${STORY}\ndate: 2024-05-20\nsummary: 吉𠮷商行、𬌗氏合作社和堃喆昇农场带动乡亲就业。\n---\n\n吉𠮷商行由吉𠮷先生创办，与刘䶮、𬌗氏兄弟和堃喆昇一起在𠠬记老街经营。\n`,
  'honors/2024/chengxin.md': `---\ntitle: 2024年度诚信经营户\nissuers: [澄江市工商联]\ndate: 2024-06-01\nsummary: 表彰诚信经营的个体工商户。\n---\n\n## 诚信经营户\n\n| 名称 | 地区 |\n|---|---|\n| 吉𠮷商行 | 北岸区 |\n| 𬌗氏兄弟农业合作社 | 南湖县 |\n| 堃喆昇家庭农场 | 南湖县 |\n| 刘䶮 | 北岸区 |\n`,
  'stories/2024/brackets.md': `---\ntitle: "A>B <c> & \\"引号\\" 'x' 𠮷"\ndate: 2024-05-21\nsummary: 标题里有 > < & 和引号。\n---\n\n正文。\n`,
  'stories/2024/biangbiang.md': `---\ntitle: 老街𰻞𰻞面馆\ndate: 2024-05-22\nsummary: 一碗面里的三代创业路。\n---\n\n面馆创办于上世纪八十年代。\n`,
};

let content: string;
let build: BuiltSite;
const page = (file: string) => readFileSync(path.join(build.dist, file), 'utf8');

/** The `href` of every stylesheet link of a page, read with the HTML parser. */
function stylesheetsOf(html: string): string[] {
  const hrefs: string[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => void (name === 'link' && attribs['rel'] === 'stylesheet' && hrefs.push(attribs['href'] ?? '')) });
  parser.end(html);
  return hrefs;
}

/** The text of every element of a page named `tag`, decoded by an HTML parser: `("<h1>A&gt;B</h1>", "h1")` → `["A>B"]`. */
function textsOf(html: string, tag: string): string[] {
  const texts: string[] = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag: (name) => (name === tag ? (depth += 1, texts.push('')) : undefined),
      ontext: (text) => (depth > 0 ? (texts[texts.length - 1] += text) : undefined),
      onclosetag: (name) => (name === tag ? (depth -= 1) : undefined),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return texts.map((t) => t.trim());
}

/** The text a compilation prints: its body without scripts, styles and the screen-only bar (hidden in print). */
function printedTextOf(html: string): string {
  let text = '';
  const skipping: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        // What the PDF leaves out: the head, scripts, and what only the web page shows (`screen-only`: addresses, ICP number).
        const screenOnly = (attribs['class'] ?? '').split(/\s+/).some((c) => c === 'screen-only' || c === 'compilation-bar');
        if (skipping.length > 0 || name === 'script' || name === 'style' || name === 'head' || screenOnly) skipping.push(name);
      },
      ontext: (chunk) => (skipping.length === 0 ? (text += chunk) : undefined),
      onclosetag: () => void skipping.pop(),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}

beforeAll(() => {
  content = copyContentTree('tests/fixtures/mini');
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
    writeFileSync(path.join(content, rel), text);
  }
  build = buildSite(content);
});

afterAll(() => {
  rmSync(path.dirname(build.dist), { recursive: true, force: true });
  removeContentCopies();
});

describe('rare characters in titles, honour rows and bodies', () => {
  it('build, with a warning only for the character no bundled font draws, at its file and line', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('stories/2024/biangbiang.md:2:10  警告  网站自带的字体里没有“𰻞”（U+30EDE）（本行共 2 处）');
    expect([...NAMES].filter((char) => build.output.includes(`没有“${char}”`))).toEqual([]);
  });

  it('are on the pages exactly as written, in the title, the honour rows and the body', () => {
    expect(textsOf(page('stories/2024/rare-names/index.html'), 'h1')).toEqual([STORY]);
    expect(page('stories/2024/rare-names/index.html')).toContain('与刘䶮、𬌗氏兄弟和堃喆昇一起在𠠬记老街经营');
    const honour = page('honors/2024/chengxin/index.html');
    for (const name of ['吉𠮷商行', '𬌗氏兄弟农业合作社', '堃喆昇家庭农场', '刘䶮']) expect(honour).toContain(name);
  });

  it('keep a title with > < & and quotes exactly, on the page and in its share data', () => {
    const html = page('stories/2024/brackets/index.html');
    expect(textsOf(html, 'h1')).toEqual([BRACKETS]);
    expect(readBuiltPages(build.dist).find((p) => p.share.pagePath === '/stories/2024/brackets/')?.share.title).toBe(BRACKETS);
  });

  it('are drawn on the share card: the card differs from one drawn without the fallback fonts, and equals a render with them', async () => {
    const share = readBuiltPages(build.dist).find((p) => p.share.pagePath === '/stories/2024/rare-names/')!.share;
    const site = loadSiteConfig(content);
    const { faces } = loadShareFonts();
    const rare = buildPageRareFaces([share], site, loadDrawable()).get(share.pagePath)!;
    const built = readFileSync(path.join(build.dist, sharePaths(share.pagePath).card));
    const withFallback = await renderShareImage({ image: 'card', share, site, rareFaces: rare.faces }, faces);
    const withoutFallback = await renderShareImage({ image: 'card', share, site }, faces);
    expect([built.equals(withFallback), built.equals(withoutFallback)]).toEqual([true, false]);
  });

  it('are all in the year PDF’s text layer: every character of the compilation’s text', async () => {
    const bundle = await readZip(path.join(build.dist, 'archives/澄江工商联-2024.zip'));
    const html = bundle.get('澄江工商联-2024/年度汇编.html')!.toString('utf8');
    const pdf = bundle.get('澄江工商联-2024/年度汇编.pdf')!;
    const printed = new Set((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text);
    const shown = new Set(printedTextOf(html).replace(/\s+/g, ''));
    expect(shown.size).toBeGreaterThan(100);
    for (const char of NAMES) expect(shown.has(char), char).toBe(true);
    expect([...shown].filter((char) => !printed.has(char))).toEqual([]);
  });
});

describe('the rare-glyph web font of the pages', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDir(build.dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is linked from the pages that show a rare character, and from no other page', () => {
    const rare = stylesheetsOf(page('stories/2024/rare-names/index.html')).filter((href) => href.startsWith('/fonts/'));
    expect(rare).toEqual([expect.stringMatching(/^\/fonts\/rare-glyphs-[0-9a-f]{12}\.css$/)]);
    expect(stylesheetsOf(page('honors/2024/chengxin/index.html'))).toContain(rare[0]);
    expect(stylesheetsOf(page('stories/2023/lvye-lenglian/index.html')).filter((href) => href.startsWith('/fonts/'))).toEqual([]);
    expect(stylesheetsOf(page('archives/2024/compilation/index.html')).filter((href) => href.startsWith('/fonts/'))).toEqual([]);
  });

  it('draws 𠮷 from the site’s own font file when a page asks for it, and an ordinary page requests no font', async () => {
    const tab = await browser.newPage();
    const plain = recordRequests(tab);
    await tab.goto(`${server.url}/stories/2023/lvye-lenglian/`, { waitUntil: 'networkidle' });
    expect(plain.filter((url) => url.includes('/fonts/'))).toEqual([]);
    await tab.goto(`${server.url}/stories/2024/rare-names/`, { waitUntil: 'networkidle' });
    // This machine's own Noto CJK draws 𠮷 first; a reader whose phone lacks it gets ours, as this span does.
    await tab.evaluate(() => {
      const span = document.createElement('span');
      span.id = 'probe';
      span.style.fontFamily = "'GSL Rare Glyphs', serif";
      span.textContent = '𠮷';
      document.body.append(span);
      return document.fonts.load("16px 'GSL Rare Glyphs'", '𠮷');
    });
    const cdp = await tab.context().newCDPSession(tab);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#probe' });
    await cdp.send('CSS.enable');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => [f.isCustomFont, f.glyphCount])).toEqual([[true, 1]]);
    await tab.close();
  });
});
