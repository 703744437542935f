import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { logoMessages } from '../i18n/logo.ts';

/** The site's logo file (site.yaml `logo`), read and judged: its bytes and type, or why it cannot be drawn. */
export type SiteLogo = { data: Buffer; type: 'image/png' | 'image/jpeg' | 'image/svg+xml' } | { problem: string };

/** Share images draw the logo small; a file larger than this is a mistake (a photo), not a logo. */
const MAX_BYTES = 512 * 1024;
// An SVG may draw only itself: nothing that runs, loads another file or embeds a document.
const ACTIVE = new Set(['script', 'style', 'foreignobject', 'image', 'feimage', 'iframe', 'a']);

/** Why an SVG logo could reach outside itself, or `undefined`: `<svg><image href="/etc/x.png"/></svg>` → `"…<image>…"`. */
export function findSvgOutsideReference(svg: string): string | undefined {
  let problem: string | undefined;
  let root: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        root ??= name;
        if (problem) return;
        if (ACTIVE.has(name)) problem = logoMessages.svgElement(name);
        for (const [key, value] of Object.entries(attribs)) {
          const outside = (key === 'href' || key.endsWith(':href') || value.includes('url(')) && !/^\s*(#|url\(\s*['"]?#)/.test(value);
          if (key.startsWith('on') || outside) problem ??= logoMessages.svgAttribute(key);
        }
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(svg);
  return root === 'svg' ? problem : (problem ?? logoMessages.notSvg);
}

function sniff(data: Buffer): 'image/png' | 'image/jpeg' | 'image/svg+xml' | undefined {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  const start = data.toString('utf8', 0, 512).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<') ? 'image/svg+xml' : undefined;
}

/**
 * Reads site.yaml's `logo` (a path under public/, e.g. `/logo.svg`) for the share images: a PNG, JPEG or self-contained
 * SVG inside public/, by its bytes. `("public", "/logo.svg")` → `{ data, type: "image/svg+xml" }`;
 * `("public", "/../../etc/passwd")` → `{ problem: "标志图片“/../../etc/passwd”不在 public 文件夹里…" }`
 */
export function readSiteLogo(publicDir: string, logo: string): SiteLogo {
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${logo}`)}`);
  if (!logo.startsWith('/') || logo.split(/[\\/]/).includes('..') || !file.startsWith(root + path.sep)) return { problem: logoMessages.outside(logo) };
  let data: Buffer;
  try {
    if (!realpathSync(file).startsWith(realpathSync(root) + path.sep)) return { problem: logoMessages.outside(logo) };
    if (statSync(file).size > MAX_BYTES) return { problem: logoMessages.tooLarge(logo, MAX_BYTES / 1024) };
    data = readFileSync(file);
  } catch {
    return { problem: logoMessages.missing(logo) };
  }
  const type = sniff(data);
  if (!type) return { problem: logoMessages.notImage(logo) };
  const outside = type === 'image/svg+xml' ? findSvgOutsideReference(data.toString('utf8')) : undefined;
  return outside ? { problem: logoMessages.unsafeSvg(logo, outside) } : { data, type };
}

/** The logo as the data URI an `<img>` of a share image takes: `{ type: "image/png", data }` → `"data:image/png;base64,…"`. */
export function logoDataUri(logo: { data: Buffer; type: string }): string {
  return `data:${logo.type};base64,${logo.data.toString('base64')}`;
}
