// A real HTTP server on 127.0.0.1 (random port) for the URL reader tests. Each route is a
// handler; every request is logged (path and User-Agent) so tests can check what was fetched.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './helpers.js';

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export interface TestServer {
  base: string;
  /** Paths requested so far, in order. */
  requests: string[];
  userAgents: string[];
  /** How often `path` was requested. */
  count(path: string): number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: string[] = [];
  const userAgents: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    userAgents.push(req.headers['user-agent'] ?? '');
    const handler = routes[path];
    if (handler) handler(req, res, base);
    else send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    userAgents,
    count: (path) => requests.filter((p) => p === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        // Slow handlers may still hold sockets open; do not wait for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(res: ServerResponse, status: number, contentType: string | null, body: string | Buffer): void {
  const headers: Record<string, string> = {};
  if (contentType) headers['content-type'] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}

/** A fixture from test/fixtures/ingest/web/, with {{BASE}} replaced by the server's address. */
export function webFixture(name: string, base: string): string {
  return readFileSync(fixture(`web/${name}`), 'utf8').replaceAll('{{BASE}}', base);
}

/** Serves a fixture file with the given content type. */
export function serveFixture(name: string, contentType: string | null): Handler {
  return (_req, res, base) => send(res, 200, contentType, webFixture(name, base));
}

/** Serves `status` with a short body, or sends `then` once `failures` requests have failed. */
function failing(failures: number, status: number, then: Handler, headers: Record<string, string> = {}): Handler {
  let seen = 0;
  return (req, res, base) => {
    seen++;
    if (seen > failures) return then(req, res, base);
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end('try again later');
  };
}

function redirect(status: number, location: string): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Answers after `ms`, unless the client has given up (and closed the socket) by then. */
function slow(ms: number, then: Handler): Handler {
  return (req, res, base) => {
    setTimeout(() => {
      if (!res.destroyed) then(req, res, base);
    }, ms).unref();
  };
}

/** Sends `total` bytes of text in chunks, without Content-Length, so only counting can stop it. */
function streamed(total: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = 'Lumeria protested. '.repeat(50);
    let sent = 0;
    const next = (): void => {
      if (res.destroyed) return;
      if (sent >= total) return void res.end();
      sent += chunk.length;
      res.write(chunk, next);
    };
    next();
  };
}

const LATIN1_PAGE =
  '<html><head><title>Z\u00f6e Varsen in Malm\u00f6</title></head><body><article><p>The Norland envoy Z\u00f6e Varsen met Kestrian officials in Malm\u00f6 to discuss the ferry agreement.</p></article></body></html>';
const CP1252_PAGE =
  '<html><head><meta charset="windows-1252"><title>Note</title></head><body><p>Lumeria\u2019s parliament approved the treaty.</p></body></html>';

/**
 * The news site of the URL tests. Every instance has its own counters, so tests that count
 * requests (retries) start a fresh one or use paths no other test touches.
 */
export function startNewsServer(): Promise<TestServer> {
  const summit = serveFixture('summit.html', 'text/html; charset=utf-8');
  const big = 'Kestria and Norland signed a treaty. '.repeat(200);
  return startServer({
    '/articles/summit.html': summit,
    '/articles/ceasefire.html': serveFixture('ceasefire.html', 'text/html'),
    '/articles/never-fetched.html': summit,
    '/articles/empty.html': (_req, res) => send(res, 200, 'text/html', '<html><head><title>Nothing</title></head><body></body></html>'),
    '/feeds/world.rss': serveFixture('world.rss', 'application/rss+xml; charset=utf-8'),
    // A generic XML label and a wrong one: the root element says what they are.
    '/feeds/world.atom': serveFixture('world.atom', 'text/xml'),
    '/feeds/mislabelled': serveFixture('world.atom', 'text/html'),
    '/briefing.txt': serveFixture('briefing.txt', 'text/plain; charset=utf-8'),
    '/no-type': (_req, res) => send(res, 200, null, webFixture('summit.html', '')),
    '/latin1.html': (_req, res) => send(res, 200, 'text/html; charset=ISO-8859-1', Buffer.from(LATIN1_PAGE, 'latin1')),
    '/cp1252.html': (_req, res) => send(res, 200, 'text/html', Buffer.from(CP1252_PAGE.replace('\u2019', '\u0092'), 'latin1')),
    '/image.png': (_req, res) => send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    '/settings.xml': (_req, res) => send(res, 200, 'application/xml', '<?xml version="1.0"?><settings><colour>red</colour></settings>'),
    '/forbidden': (_req, res) => send(res, 403, 'text/plain', 'no'),
    '/flaky': failing(1, 500, summit),
    '/busy': failing(1, 429, summit, { 'retry-after': '0' }),
    '/broken': failing(Infinity, 503, summit),
    '/slow': slow(2000, summit),
    '/slow-then-fast': (() => {
      let seen = 0;
      return (req: IncomingMessage, res: ServerResponse, base: string) => (++seen === 1 ? slow(2000, summit) : summit)(req, res, base);
    })(),
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The talks began. ');
      setTimeout(() => {
        if (!res.destroyed) res.end('They ended.');
      }, 2000).unref();
    },
    '/big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(big)) });
      res.end(big);
    },
    '/big-stream': streamed(20_000),
    '/redirect': redirect(302, '/articles/summit.html'),
    '/redirect-twice': redirect(301, '/redirect'),
    '/loop': redirect(302, '/loop'),
    '/to-ftp': redirect(302, 'ftp://127.0.0.1/briefing.txt'),
  });
}
