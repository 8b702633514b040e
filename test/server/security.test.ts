// The server's defences: ingest by URL refuses what is not a public http(s) address (and never
// connects to find out), writes are rate-limited per client address, CORS is off unless
// configured, over-size bodies get a 413, and NUL characters a 400 rather than a database error.
//
// No request here leaves the machine: global fetch is replaced by a stub for every test, and
// host names are resolved by a stub table.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { HostLookup } from '../../src/ingest/address-guard.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import type { IngestResponse } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import { storeArticles } from './articles.js';
import type { ErrorReply } from './server-helpers.js';
import { eventIdWith, getJson, ledgerFingerprint, postJson } from './server-helpers.js';

const TOKEN = 'security-tests-token';

/** Invented names and the addresses the stub resolver gives them. */
const HOSTS: Record<string, string[]> = {
  'news.example': ['93.184.216.34'],
  'intranet.example': ['10.20.30.40'],
  'split.example': ['93.184.216.34', '127.0.0.1'],
  'mapped.example': ['::ffff:169.254.169.254'],
};
const lookupHost: HostLookup = async (hostname) => {
  const found = HOSTS[hostname];
  if (!found) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
  return found;
};

const ARTICLE_PAGE = `<!doctype html><html><head><title>Chile and Peru agree on a fishing truce</title></head><body>
<article><h1>Chile and Peru agree on a fishing truce</h1>
<p>Chilean President Tomas Rojas signed a fishing agreement with Peruvian President Lucia Paredes in Arica on June 3.</p>
<p>Rojas praised Peru for its patience during the talks, and Paredes invited Rojas to visit Lima.</p>
</article></body></html>`;

/** What the stubbed fetch answers for each address; anything else fails the test. */
type Answer = () => Response;
const PAGES: Record<string, Answer> = {
  'https://news.example/truce': () => new Response(ARTICLE_PAGE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }),
  'https://news.example/to-metadata': () => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }),
  'https://news.example/to-localhost': () => new Response(null, { status: 301, headers: { location: 'http://localhost:5432/' } }),
  'https://news.example/to-intranet': () => new Response(null, { status: 307, headers: { location: 'https://intranet.example/admin' } }),
};

let ledger: Ledger;
let app: FastifyInstance;
let fetched: string[];

beforeAll(async () => {
  ledger = await openTestLedger();
  await storeArticles(ledger);
  app = await buildServer({ ledger, token: TOKEN, webRoot: null, lookupHost, writesPerMinute: 0 });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
});

beforeEach(() => {
  fetched = [];
  vi.stubGlobal('fetch', vi.fn(async (input: URL | string) => {
    const url = String(input);
    fetched.push(url);
    const answer = PAGES[url];
    if (!answer) throw new Error(`the test tried to fetch ${url}`);
    return answer();
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const ingest = (payload: object, server: FastifyInstance = app): Promise<{ status: number; body: IngestResponse & ErrorReply }> =>
  postJson<IngestResponse & ErrorReply>(server, '/api/ingest', payload, TOKEN);

describe('POST /api/ingest with urls (server-side request forgery)', () => {
  it('refuses loopback, private, link-local and metadata addresses, one error each, before connecting', async () => {
    const before = await ledgerFingerprint(ledger);
    const cases: [string, string][] = [
      ['http://127.0.0.1', '127.0.0.1, a loopback address'],
      ['http://127.0.0.1:5432/', '127.0.0.1, a loopback address'],
      ['http://localhost/admin', 'localhost is this machine'],
      ['http://[::1]/', '::1, a loopback address'],
      ['http://10.0.0.1/', '10.0.0.1, a private address'],
      ['http://192.168.1.1/', '192.168.1.1, a private address'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254, a link-local address'],
      ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1, a loopback address'],
      ['http://[fd00::1]/', 'fd00::1, a unique-local address'],
      ['http://0.0.0.0:8080/', '0.0.0.0, an unspecified address'],
      ['http://2130706433/', '127.0.0.1, a loopback address'],
      ['https://intranet.example/wiki', 'intranet.example resolves to 10.20.30.40, a private address'],
      ['https://split.example/', 'split.example resolves to 127.0.0.1, a loopback address'],
      ['https://mapped.example/', 'mapped.example resolves to ::ffff:169.254.169.254, a link-local address'],
    ];
    const reply = await ingest({ urls: cases.map(([url]) => url) });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ added: 0, replaced: 0, unchanged: 0, failed: cases.length, events: 0 });
    for (const [index, [url, reason]] of cases.entries()) {
      const result = reply.body.results[index]!;
      expect(result, url).toMatchObject({ input: url, status: 'failed' });
      expect(result.error, url).toMatch(new RegExp(`^${escape(url)}: refused .*\\(${escape(reason)}.*: the server fetches only public addresses\\)$`));
    }
    expect(fetched).toEqual([]);
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });

  it('refuses file:, gopher: and other schemes with a 400 naming the address, and stores nothing', async () => {
    const before = await ledgerFingerprint(ledger);
    for (const url of ['file:///etc/passwd', 'gopher://127.0.0.1:70/_stats', 'ftp://example.org/a', 'dict://127.0.0.1:11211/stat', 'javascript:alert(1)']) {
      const reply = await ingest({ urls: ['https://news.example/truce', url] });
      expect(reply.status, url).toBe(400);
      expect(reply.body).toEqual({ error: 'Bad Request', message: "body field 'urls.1' must be an http or https URL (other schemes are never fetched)" });
    }
    expect(fetched).toEqual([]);
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });

  it('checks every redirect target: a public page that redirects inward is refused at the redirect', async () => {
    const before = await ledgerFingerprint(ledger);
    const urls = ['https://news.example/to-metadata', 'https://news.example/to-localhost', 'https://news.example/to-intranet'];
    const reply = await ingest({ urls });
    expect(reply.body).toMatchObject({ added: 0, failed: 3 });
    expect(reply.body.results.map((r) => r.error)).toEqual([
      'https://news.example/to-metadata: refused http://169.254.169.254/latest/meta-data/ (169.254.169.254, a link-local address: the server fetches only public addresses)',
      'https://news.example/to-localhost: refused http://localhost:5432/ (localhost is this machine: the server fetches only public addresses)',
      'https://news.example/to-intranet: refused https://intranet.example/admin (intranet.example resolves to 10.20.30.40, a private address: the server fetches only public addresses)',
    ]);
    // Only the public first addresses were requested.
    expect(fetched).toEqual(urls);
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });

  it('fetches a public address (through the stubs) and stores its article', async () => {
    const reply = await ingest({ urls: ['https://news.example/truce'] });
    expect(reply.body).toMatchObject({ added: 1, failed: 0 });
    expect(fetched).toEqual(['https://news.example/truce']);
    expect((await getJson<{ total: number }>(app, `/api/events?actor=${encodeURIComponent('Lucia Paredes')}`)).body.total).toBeGreaterThan(0);
  });

  it('fetches private addresses when the server allows them', async () => {
    const open = await buildServer({ ledger, token: TOKEN, webRoot: null, lookupHost, allowPrivateUrls: true, writesPerMinute: 0 });
    PAGES['http://10.0.0.1/truce'] = PAGES['https://news.example/truce']!;
    try {
      const reply = await ingest({ urls: ['http://10.0.0.1/truce'] }, open);
      // The same article, already stored from news.example: found, not refused.
      expect(reply.body).toMatchObject({ failed: 0 });
      expect(fetched).toEqual(['http://10.0.0.1/truce']);
      // Schemes stay refused whatever the setting.
      expect((await ingest({ urls: ['file:///etc/passwd'] }, open)).status).toBe(400);
    } finally {
      delete PAGES['http://10.0.0.1/truce'];
      await open.close();
    }
  });
});

describe('rate limit on writes', () => {
  let limited: FastifyInstance;
  beforeAll(async () => {
    limited = await buildServer({ ledger, token: TOKEN, webRoot: null, lookupHost, writesPerMinute: 3 });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('answers 429 in the usual JSON shape after the limit, counts refused attempts too, and leaves reads alone', async () => {
    const eventId = await eventIdWith(ledger, 'Vaz praised Morocco');
    const from = (remoteAddress: string, token: string | undefined) => limited.inject({
      method: 'POST', url: `/api/events/${eventId}/corrections`, remoteAddress, payload: { kind: 'restore' },
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    expect((await from('203.0.113.5', 'wrong')).statusCode).toBe(401);
    expect((await from('203.0.113.5', TOKEN)).statusCode).toBe(200);
    const third = await from('203.0.113.5', TOKEN);
    expect(third.statusCode).toBe(200);
    expect(third.headers['x-ratelimit-remaining']).toBe('0');
    const before = await ledgerFingerprint(ledger);
    const refused = await from('203.0.113.5', TOKEN);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: 'Too Many Requests', message: expect.stringMatching(/^too many writes from this address \(at most 3 a minute\): retry in \d+ (?:seconds?|minutes?)$/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Every write route shares the count; ingest is refused before its body is looked at.
    const ingestRefused = await limited.inject({ method: 'POST', url: '/api/ingest', remoteAddress: '203.0.113.5', payload: { documents: [{ text: 'x' }] }, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ingestRefused.statusCode).toBe(429);
    expect((await limited.inject({ method: 'POST', url: '/api/actors/1/rename', remoteAddress: '203.0.113.5', payload: { name: 'x' } })).statusCode).toBe(429);
    expect(await ledgerFingerprint(ledger)).toBe(before);
    // Another client has its own count; reads are not limited.
    expect((await from('198.51.100.9', TOKEN)).statusCode).toBe(200);
    expect((await limited.inject({ url: '/api/events?limit=1', remoteAddress: '203.0.113.5' })).statusCode).toBe(200);
  });

  it('is off with writesPerMinute 0, and refuses a nonsensical limit', async () => {
    await expect(buildServer({ ledger, webRoot: null, writesPerMinute: -1 })).rejects.toThrow(/writes per minute/);
    await expect(buildServer({ ledger, webRoot: null, writesPerMinute: 2.5 })).rejects.toThrow(/writes per minute/);
    for (let i = 0; i < 5; i++) {
      expect((await postJson(app, '/api/ingest', {}, TOKEN)).status).toBe(400);
    }
  });
});

describe('CORS', () => {
  it('sends no Access-Control-Allow-Origin by default, and answers no preflight', async () => {
    const reply = await app.inject({ url: '/api/stats', headers: { origin: 'https://evil.example' } });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS', url: '/api/ingest',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the configured origins only, with the token header in preflight', async () => {
    const shared = await buildServer({ ledger, token: TOKEN, webRoot: null, corsOrigins: ['https://explorer.example'] });
    try {
      const allowed = await shared.inject({ url: '/api/stats', headers: { origin: 'https://explorer.example' } });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://explorer.example');
      const other = await shared.inject({ url: '/api/stats', headers: { origin: 'https://evil.example' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await shared.inject({
        method: 'OPTIONS', url: '/api/ingest',
        headers: { origin: 'https://explorer.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('https://explorer.example');
      expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
      expect(String(preflight.headers['access-control-allow-methods'])).toContain('POST');
    } finally {
      await shared.close();
    }
    const any = await buildServer({ ledger, webRoot: null, corsOrigins: ['*'] });
    try {
      expect((await any.inject({ url: '/api/stats', headers: { origin: 'https://anyone.example' } })).headers['access-control-allow-origin']).toBe('*');
    } finally {
      await any.close();
    }
  });
});

describe('request size limits', () => {
  it('answers an over-size body with a 413 naming the route\'s limit, and changes nothing', async () => {
    const eventId = await eventIdWith(ledger, 'Vaz praised Morocco');
    const before = await ledgerFingerprint(ledger);
    const correction = await postJson<ErrorReply>(app, `/api/events/${eventId}/corrections`, { kind: 'reject', note: 'x'.repeat(65 * 1024) }, TOKEN);
    expect(correction).toMatchObject({
      status: 413,
      body: { error: 'Payload Too Large', message: 'request body is too large: POST /api/events/:id/corrections takes at most 64 KB' },
    });
    const rename = await postJson<ErrorReply>(app, '/api/actors/1/rename', { name: 'y'.repeat(65 * 1024) }, TOKEN);
    expect(rename.body.message).toBe('request body is too large: POST /api/actors/:id/rename takes at most 64 KB');
    const bigIngest = await postJson<ErrorReply>(app, '/api/ingest', { documents: [{ text: 'z'.repeat(5 * 1024 * 1024) }] }, TOKEN);
    expect(bigIngest).toMatchObject({ status: 413, body: { message: 'request body is too large: POST /api/ingest takes at most 5 MB' } });
    // Without the token the body is never read: 401, whatever its size.
    expect((await postJson(app, '/api/ingest', { documents: [{ text: 'z'.repeat(5 * 1024 * 1024) }] })).status).toBe(401);
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });
});

describe('NUL characters', () => {
  it('are a 400 naming the parameter, not a database error', async () => {
    const before = await ledgerFingerprint(ledger);
    expect(await getJson(app, '/api/events?actor=%00')).toEqual({
      status: 400, headers: expect.anything(),
      body: { error: 'Bad Request', message: "query parameter 'actor' contains a NUL character (U+0000), which the ledger cannot store" },
    });
    expect((await getJson(app, '/api/events?text=a%00b')).status).toBe(400);
    expect((await getJson(app, '/api/actors?q=%00')).status).toBe(400);
    const eventId = await eventIdWith(ledger, 'Vaz praised Morocco');
    const note = await postJson<ErrorReply>(app, `/api/events/${eventId}/corrections`, { kind: 'reject', note: 'a\u0000b' }, TOKEN);
    expect(note).toMatchObject({ status: 400, body: { message: "body field 'note' contains a NUL character (U+0000), which the ledger cannot store" } });
    const title = await postJson<ErrorReply>(app, '/api/ingest', { documents: [{ text: 'Fine.', title: 'a\u0000b' }] }, TOKEN);
    expect(title).toMatchObject({ status: 400, body: { message: "body field 'documents.0.title' contains a NUL character (U+0000), which the ledger cannot store" } });
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });

  it('are let through in article text, which ingest normalises', async () => {
    const reply = await postJson<IngestResponse>(app, '/api/ingest', {
      documents: [{ id: 'nul-text', date: '2026-06-04', text: 'Bolivian President Ana Quispe\u0000 visited Asuncion on June 3.' }],
    }, TOKEN);
    expect(reply).toMatchObject({ status: 200, body: { added: 1, failed: 0 } });
  });
});

/** A string as a regular expression matching it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
