import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { extractText, getDocumentProxy } from 'unpdf';
import { readZip } from './read-zip.ts';

/** One published file, as a path and as text a test can search. */
export interface PublishedFile {
  /** `reports/2024/x/index.html`, or `archives/澄江工商联-2024.zip!澄江工商联-2024/sources/x.md` inside a bundle. */
  file: string;
  /** What it says; empty for images. */
  text: string;
}

/**
 * An HTML document as written followed by the same with every entity decoded (attributes and text), so a search for
 * `javascript:` finds `&#106;avascript:` too. Comments are kept: a test may look for what one holds.
 */
export function decodedHtml(html: string): string {
  const out: string[] = [html, '\n'];
  const parser = new Parser({
    onopentag: (name, attributes) => out.push(`<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>`),
    ontext: (text) => out.push(text),
    oncomment: (text) => out.push(`<!--${text}-->`),
    onclosetag: (name) => out.push(`</${name}>`),
  });
  parser.end(html);
  return out.join('');
}

const TEXT = /\.(?:xml|json|csv|txt|md|mdx|css|js|mjs|svg|yaml|webmanifest)$|_headers$/i;
const PAGEFIND_DATA = /\.pf_(?:fragment|index|meta|filter)$/;

async function read(file: string, data: Buffer): Promise<PublishedFile[]> {
  if (file.endsWith('.html')) return [{ file, text: decodedHtml(data.toString('utf8')) }];
  if (TEXT.test(file)) return [{ file, text: data.toString('utf8') }];
  if (PAGEFIND_DATA.test(file)) return [{ file, text: gunzipSync(data).toString('utf8') }];
  if (file.endsWith('.pdf')) return [{ file, text: (await extractText(await getDocumentProxy(new Uint8Array(data)), { mergePages: true })).text }];
  if (file.endsWith('.zip')) {
    const inner = await Promise.all([...(await readZip(data))].map(([name, bytes]) => read(`${file}!${name}`, bytes)));
    return [{ file, text: '' }, ...inner.flat()];
  }
  return [{ file, text: '' }];
}

/**
 * Everything a build published: every file by path (inside each year ZIP too), with the text a reader or a crawler
 * can read in it: pages (also entity-decoded), feeds, scripts, styles, the search index unpacked, the bundles' pages,
 * sources and manifest, and the PDF's text layer. Images have no text here.
 */
export async function readPublished(dist: string): Promise<PublishedFile[]> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dist, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  return (await Promise.all(files.map((f) => read(f, readFileSync(path.join(dist, f)))))).flat();
}
