import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { cacheControlFor } from '../../src/lib/deploy/cache-rules.ts';
import { contentTypeFor } from '../../src/lib/deploy/content-types.ts';

/** A running static server for a built site on 127.0.0.1. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built `dist/` the way a CDN would, with our content types and cache rules: `/x/` → `x/index.html`, unknown paths → 404.html with status 404. */
export async function serveDir(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : path.join(root, '404.html');
    const sitePath = `/${path.relative(root, target).split(path.sep).join('/')}`;
    res.writeHead(found ? 200 : 404, { 'Content-Type': contentTypeFor(sitePath), 'Cache-Control': cacheControlFor(sitePath), ...headers });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
