import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One way a storage service or network fails an upload. */
export interface Fault {
  /** The object key the failure hits, below the bucket: `www/reports/2024/x/index.html`. */
  key: string;
  /** `500`: the service answers InternalError; `reset`: the connection drops before any answer. */
  kind: '500' | 'reset';
  /** How many uploads of that key fail before it works again; Infinity for every one. */
  times: number;
}

/** A proxy on 127.0.0.1 in front of a local S3 server, failing uploads as told. */
export interface FaultProxy {
  url: string;
  /** Replaces the faults in force; `[]` lets everything through. */
  fail(faults: Fault[]): void;
  /** Keys whose uploads were failed so far, in order. */
  failed: string[];
  close(): Promise<void>;
}

const INTERNAL_ERROR = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>';

/** The object key of a path-style request: `/jcgsl-site/www/a%20b.html?x-id=PutObject` → `www/a b.html`. */
function keyOf(req: IncomingMessage): string {
  const pathname = new URL(req.url ?? '/', 'http://proxy').pathname;
  return decodeURIComponent(pathname.split('/').slice(2).join('/'));
}

/**
 * Starts a proxy that forwards every request to `target` (an s3rver) except the uploads (PUT) a fault names: those
 * get a 500 InternalError in S3's XML, or a dropped connection, `times` times. Tests only: it never leaves localhost.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  let faults: Fault[] = [];
  const failed: string[] = [];
  const server: Server = createServer((req, res) => {
    const fault = req.method === 'PUT' ? faults.find((f) => f.key === keyOf(req) && f.times > 0) : undefined;
    if (fault) {
      fault.times -= 1;
      failed.push(fault.key);
      if (fault.kind === 'reset') return void req.socket.destroy();
      req.resume();
      req.on('end', () => res.writeHead(500, { 'Content-Type': 'application/xml' }).end(INTERNAL_ERROR));
      return;
    }
    const headers = { ...req.headers };
    delete headers['expect'];
    const forwarded = request(`${target}${req.url}`, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fail: (next) => (faults = next.map((f) => ({ ...f }))),
    failed,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
