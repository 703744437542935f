import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { wechatText } from '../../i18n/wechat.ts';
import { readContentData } from '../checks/front-matter.ts';
import { CONTENT_EXTENSIONS } from '../content-extensions.ts';
import { EditorError } from '../explain-error.ts';
import { placePiece } from '../place-piece.ts';
import { readShareData } from '../share/share-meta.ts';
import { toAbsoluteUrl } from '../share/share-paths.ts';
import { loadSiteConfig } from '../site-config.ts';
import type { PieceFolder } from '../urls.ts';
import { extractArticle } from './article-body.ts';
import { buildArticleStyle } from './article-style.ts';
import { inlineArticle } from './inline-article.ts';
import { renderWechatImages } from './wechat-images.ts';

/** Where an export reads from and writes to. */
export interface WechatExportOptions {
  /** The content file, as the editor typed it: `content/reports/2024/zhiwei.md`. */
  file: string;
  /** The content folder (`content/`). */
  contentRoot: string;
  /** The built site the article is taken from (`dist/`). */
  outDir: string;
  /** Where exports go: `<exportRoot>/<year>-<slug>/`. */
  exportRoot: string;
  /** site.yaml's `logo` is looked up here (`public/`). */
  publicDir: string;
}

/** What an export wrote: its folder, the page's address and the three files. */
export interface WechatExport {
  folder: string;
  url: string;
  files: { article: string; cover: string; square: string };
}

const KINDS: Readonly<Record<string, { folder: PieceFolder; kind: 'report' | 'honor' | 'story' }>> = {
  reports: { folder: 'reports', kind: 'report' },
  honors: { folder: 'honors', kind: 'honor' },
  stories: { folder: 'stories', kind: 'story' },
};

/** The built page of a content file, refusing anything that is not a published, freshly built report, honour list or story. */
function locatePage(options: WechatExportOptions): { page: string; url: string; place: ReturnType<typeof placePiece> } {
  const source = path.resolve(options.file);
  if (!existsSync(source)) throw new EditorError(wechatText.missingFile(options.file));
  const [folder = '', year = '', name = '', ...rest] = path.relative(path.resolve(options.contentRoot), source).split(path.sep);
  const kind = KINDS[folder];
  if (!kind || rest.length > 0 || !CONTENT_EXTENSIONS[kind.kind].some((ext) => name.endsWith(ext))) throw new EditorError(wechatText.notAPiece(options.file));
  const place = placePiece(kind.folder, `${year}/${name}`, readContentData(readFileSync(source, 'utf8'), 'markdown'));
  const page = path.join(options.outDir, place.url, 'index.html');
  if (!existsSync(page)) throw new EditorError(wechatText.notBuilt(options.file, path.relative(process.cwd(), page)));
  if (statSync(source).mtimeMs > statSync(page).mtimeMs) throw new EditorError(wechatText.stale(options.file));
  return { page, url: place.url, place };
}

/**
 * `npm run wechat`: a published piece as a 公众号 article, taken from its built page (the same sanitized rendering the
 * site shows, never a second Markdown pipeline): `article.html` with every style inline and no `<style>`, class, id or
 * `<script>`, links and images as absolute https addresses and a closing line with the page's address; `cover.png`
 * (900×383) and `square.png` (400×400) beside it.
 */
export async function exportWechatArticle(options: WechatExportOptions): Promise<WechatExport> {
  const { page, url, place } = locatePage(options);
  const site = loadSiteConfig(options.contentRoot);
  const html = readFileSync(page, 'utf8');
  const share = readShareData(html);
  if (!share) throw new EditorError(wechatText.notBuilt(options.file, page));
  const pageUrl = toAbsoluteUrl(site.baseUrl, url);
  const body = extractArticle(html, pageUrl);
  const closing = h('p', { className: ['wechat-closing'] }, wechatText.closing(site.name), h('a', { href: pageUrl }, pageUrl));
  const document = h('html', { lang: 'zh-CN' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', share.title), h('style', buildArticleStyle(site.colors))]),
    h('body', { style: 'margin: 0; background: #ffffff;' }, [h('section', { className: ['wechat-article'] }, [...body.children, closing])]),
  ]);
  const folder = path.join(options.exportRoot, `${place.year}-${place.slug}`);
  mkdirSync(folder, { recursive: true });
  const files = { article: path.join(folder, 'article.html'), cover: path.join(folder, 'cover.png'), square: path.join(folder, 'square.png') };
  writeFileSync(files.article, `<!doctype html>\n${inlineArticle(toHtml(document))}\n`);
  const images = await renderWechatImages(share, site, options.publicDir);
  writeFileSync(files.cover, images.cover);
  writeFileSync(files.square, images.square);
  return { folder, url: pageUrl, files };
}
