// The write endpoints: the token guard (401 without it, 403 with none configured, and the
// ledger untouched either way), corrections, actor merges and renames, and ingest — each
// checked through what the read endpoints return afterwards.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import type { IngestResponse } from '../../src/server/index.js';
import { storeArticles } from './articles.js';
import type { ErrorReply } from './server-helpers.js';
import { eventIdWith, getJson, postJson } from './server-helpers.js';

const TOKEN = 'correct-horse-battery-staple';

let ledger: Ledger;
let app: FastifyInstance;
let closed: FastifyInstance;
let pages: Server;
let pagesUrl: string;

/** Counts that any write changes: a refused write must leave all of them as they were. */
async function ledgerState(): Promise<string> {
  const [row] = await ledger.db.query(
    `select (select count(*) from documents) as documents, (select count(*) from corrections) as corrections,
       (select count(*) from events where rejected) as rejected, (select string_agg(name, ',' order by id) from actors) as names,
       (select count(*) from actors where merged_into is not null) as merged, (select string_agg(plover, ',' order by id) from events) as plovers`,
  );
  return JSON.stringify(row);
}

const ARTICLE_PAGE = `<!doctype html><html><head><title>Kenya and Tanzania reopen a border post</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Kenya and Tanzania reopen a border post</h1>
<p>Kenyan President Daniel Mwangi signed an agreement with Tanzanian President Amina Salim in Arusha on June 2, reopening the Namanga border post to trucks.</p>
<p>Mwangi praised Tanzania for its patience during months of talks. Salim said both governments wanted trade across the border to double within three years.</p>
<p>Traders on both sides welcomed the decision, which ends a closure that began in the spring.</p>
</article></body></html>`;

beforeAll(async () => {
  ledger = await openTestLedger();
  await storeArticles(ledger);
  // The pages to ingest are served on 127.0.0.1, which the server refuses unless allowed
  // (test/server/security.test.ts); and these tests write more than a minute's limit.
  app = await buildServer({ ledger, token: TOKEN, webRoot: null, allowPrivateUrls: true, writesPerMinute: 0 });
  closed = await buildServer({ ledger, webRoot: null });
  // Web pages for ingest by URL, served locally.
  pages = createServer((request, response) => {
    if (request.url === '/kenya-tanzania') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'last-modified': 'Wed, 03 Jun 2026 08:00:00 GMT' });
      response.end(ARTICLE_PAGE);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
    }
  });
  await new Promise<void>((resolve) => { pages.listen(0, '127.0.0.1', resolve); });
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await closed?.close();
  await new Promise<void>((resolve) => { pages?.close(() => resolve()); });
  await ledger?.close();
});

describe('the token', () => {
  it('is needed for every write: 401 without it or with a wrong one, and nothing changes', async () => {
    const eventId = await eventIdWith(ledger, 'Chad condemned the attack');
    const before = await ledgerState();
    const attempts: [string, unknown][] = [
      [`/api/events/${eventId}/corrections`, { kind: 'reject' }],
      ['/api/actors/1/rename', { name: 'Someone Else' }],
      ['/api/actors/1/merge', { into: 2 }],
      ['/api/ingest', { documents: [{ text: 'Ruritanian President Rudolf Elphberg visited Strelsau on June 1.' }] }],
    ];
    for (const [url, payload] of attempts) {
      const missing = await postJson<ErrorReply>(app, url, payload as object);
      expect(missing.status, url).toBe(401);
      expect(missing.body.message).toContain('Authorization: Bearer');
      expect(missing.headers['www-authenticate']).toContain('Bearer');
      expect((await postJson(app, url, payload as object, 'not-the-token')).status, url).toBe(401);
      const basic = await app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Basic ${TOKEN}` } });
      expect(basic.statusCode, url).toBe(401);
    }
    expect(await ledgerState()).toBe(before);
    expect((await getJson<StoredEvent[]>(app, `/api/events/${eventId}`)).body).toMatchObject({ event: { rejected: false } });
  });

  it('checks the token before the body: a bad body without the token is still 401', async () => {
    expect((await postJson(app, '/api/events/1/corrections', { kind: 'nonsense' })).status).toBe(401);
  });

  it('refuses every write with 403 when the server has no token, saying to set ATTACHE_TOKEN', async () => {
    const before = await ledgerState();
    const eventId = await eventIdWith(ledger, 'Chad condemned the attack');
    for (const token of [undefined, TOKEN, '']) {
      const reply = await postJson<ErrorReply>(closed, `/api/events/${eventId}/corrections`, { kind: 'reject' }, token);
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ error: 'Forbidden', message: expect.stringContaining('ATTACHE_TOKEN') });
    }
    expect((await postJson(closed, '/api/ingest', { documents: [{ text: 'Ruritania protested.' }] }, TOKEN)).status).toBe(403);
    expect(await ledgerState()).toBe(before);
    // Reads stay open.
    expect((await getJson(closed, '/api/events?limit=1')).status).toBe(200);
  });

  it('treats an empty token as none', async () => {
    const blank = await buildServer({ ledger, token: '  ', webRoot: null });
    expect((await postJson(blank, '/api/actors/1/rename', { name: 'X' }, '  ')).status).toBe(403);
    await blank.close();
  });
});

describe('POST /api/events/:id/corrections', () => {
  it('rejects and restores an event: lists leave it out, then show it again', async () => {
    const id = await eventIdWith(ledger, 'Sudanese forces shelled');
    const total = (await getJson<{ total: number }>(app, '/api/events')).body.total;
    const rejected = await postJson<StoredEvent>(app, `/api/events/${id}/corrections`, { kind: 'reject', note: 'a duplicate report', author: 'tester' }, TOKEN);
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ id, rejected: true, corrected: true });
    expect((await getJson<{ total: number }>(app, '/api/events')).body.total).toBe(total - 1);
    expect((await getJson<{ total: number }>(app, '/api/events?includeRejected=true')).body.total).toBe(total);
    expect((await getJson<{ cluster: unknown }>(app, `/api/events/${id}`)).body.cluster).toBeNull();
    const [correction] = await ledger.db.query<{ kind: string; author: string; note: string }>('select kind, author, note from corrections order by id desc limit 1');
    expect(correction).toEqual({ kind: 'reject', author: 'tester', note: 'a duplicate report' });

    expect((await postJson<StoredEvent>(app, `/api/events/${id}/corrections`, { kind: 'restore' }, TOKEN)).body.rejected).toBe(false);
    expect((await getJson<{ total: number }>(app, '/api/events')).body.total).toBe(total);
  });

  it('changes the category, and the category filter follows', async () => {
    const id = await eventIdWith(ledger, 'Chad condemned the attack');
    const reply = await postJson<StoredEvent>(app, `/api/events/${id}/corrections`, { kind: 'category', plover: 'PROTEST' }, TOKEN);
    expect(reply.status).toBe(200);
    // The category brings its own CAMEO code and quad class (PROTEST: demonstrations, material conflict).
    expect(reply.body).toMatchObject({ plover: 'PROTEST', quad: 'material-conflict', corrected: true });
    const protests = (await getJson<{ items: StoredEvent[] }>(app, '/api/events?category=PROTEST&country=TCD')).body.items;
    expect(protests.map((e) => e.id)).toContain(id);
  });

  it('changes the target to another actor, or to none', async () => {
    const id = await eventIdWith(ledger, 'Peru accused Bolivia', { plover: 'ACCUSE' });
    const [bolGov] = (await getJson<{ items: { id: number; name: string }[] }>(app, '/api/actors?q=BOL%20GOV')).body.items;
    const changed = await postJson<StoredEvent>(app, `/api/events/${id}/corrections`, { kind: 'target', actorId: bolGov!.id }, TOKEN);
    expect(changed.body.targetActorId).toBe(bolGov!.id);
    const none = await postJson<StoredEvent>(app, `/api/events/${id}/corrections`, { kind: 'target', actorId: null }, TOKEN);
    expect(none.body).toMatchObject({ target: null, targetActorId: null });
  });

  it('refuses incomplete or inconsistent corrections with 400, unknown events with 404', async () => {
    const id = await eventIdWith(ledger, 'Sudanese forces shelled');
    const before = await ledgerState();
    const cases: [unknown, string][] = [
      [{ kind: 'category' }, "needs body field 'plover'"],
      [{ kind: 'category', plover: 'HUG' }, "body field 'plover' must be one of"],
      [{ kind: 'source' }, "needs body field 'actorId'"],
      [{ kind: 'reject', plover: 'AGREE' }, "takes no body field 'plover'"],
      [{ kind: 'delete' }, "body field 'kind' must be one of"],
      [{}, "missing body field 'kind'"],
      [{ kind: 'reject', reason: 'x' }, "unknown body field 'reason'"],
      [{ kind: 'source', actorId: 987654 }, 'no actor 987654'],
      [{ kind: 'source', actorId: 99999999999 }, "body field 'actorId' must be <= 2147483647"],
    ];
    for (const [payload, message] of cases) {
      const reply = await postJson<ErrorReply>(app, `/api/events/${id}/corrections`, payload as object, TOKEN);
      expect(reply.status, JSON.stringify(payload)).toBe(400);
      expect(reply.body.message).toContain(message);
    }
    expect(await postJson(app, '/api/events/987654/corrections', { kind: 'reject' }, TOKEN)).toMatchObject({ status: 404, body: { message: 'no event 987654' } });
    expect(await ledgerState()).toBe(before);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    const id = await eventIdWith(ledger, 'Sudanese forces shelled');
    const form = await app.inject({ method: 'POST', url: `/api/events/${id}/corrections`, payload: 'kind=reject', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    expect(form.json<ErrorReply>().message).toContain('application/json');
    const text = await app.inject({ method: 'POST', url: `/api/events/${id}/corrections`, payload: 'kind=reject', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' } });
    expect(text.json<ErrorReply>()).toEqual({ error: 'Bad Request', message: 'the body must be object' });
    const broken = await app.inject({ method: 'POST', url: `/api/events/${id}/corrections`, payload: '{"kind": ', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ErrorReply>().error).toBe('Bad Request');
    const before = await ledgerState();
    const huge = await postJson<ErrorReply>(app, `/api/events/${id}/corrections`, { kind: 'reject', note: 'x'.repeat(70 * 1024) }, TOKEN);
    expect(huge).toMatchObject({ status: 413, body: { error: 'Payload Too Large' } });
    expect(await ledgerState()).toBe(before);
  });
});

describe('POST /api/actors/:id/rename and /merge', () => {
  it('renames an actor; the old name stays an alias and still finds its events', async () => {
    const [quispe] = (await getJson<{ items: { id: number }[] }>(app, '/api/actors?q=quispe')).body.items;
    const reply = await postJson<{ id: number; name: string; aliases: string[] }>(app, `/api/actors/${quispe!.id}/rename`, { name: 'Lucía Quispe Mamani' }, TOKEN);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: quispe!.id, name: 'Lucía Quispe Mamani', aliases: ['Lucia Quispe'] });
    expect((await getJson<{ items: { name: string }[] }>(app, '/api/actors?q=mamani')).body.items.map((a) => a.name)).toEqual(['Lucía Quispe Mamani']);
    const events = (await getJson<{ items: StoredEvent[] }>(app, `/api/events?source=${encodeURIComponent('Lucia Quispe')}`)).body.items;
    expect(events.length).toBe(1);
    expect(events[0]!.source.name).toBe('Lucía Quispe Mamani');
    expect((await postJson(app, `/api/actors/${quispe!.id}/rename`, { name: '' }, TOKEN)).status).toBe(400);
    expect((await postJson(app, '/api/actors/987654/rename', { name: 'Nobody' }, TOKEN)).status).toBe(404);
  });

  it('merges one actor into another: its events follow, and it answers as the other', async () => {
    const country = (name: string): Promise<{ items: { id: number; name: string }[] }> =>
      getJson<{ items: { id: number; name: string }[] }>(app, `/api/actors?country=SDN&q=${encodeURIComponent(name)}`).then((r) => r.body);
    const military = (await country('SDN MIL')).items[0]!;
    const state = (await country('SDN')).items.find((a) => a.name === 'SDN')!;
    const before = (await getJson<{ total: number }>(app, `/api/events?source=${state.id}`)).body.total;
    const reply = await postJson<{ id: number; name: string }>(app, `/api/actors/${military.id}/merge`, { into: state.id, note: 'one actor' }, TOKEN);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: state.id, name: 'SDN' });
    expect((await getJson<{ total: number }>(app, `/api/events?source=${state.id}`)).body.total).toBe(before + 1);
    expect((await getJson<{ id: number }>(app, `/api/actors/${military.id}`)).body.id).toBe(state.id);
    expect(await postJson(app, `/api/actors/${state.id}/merge`, { into: state.id }, TOKEN)).toMatchObject({ status: 400 });
    expect(await postJson(app, `/api/actors/${state.id}/merge`, { into: 987654 }, TOKEN)).toMatchObject({ status: 400, body: { message: 'no actor 987654' } });
    expect(await postJson(app, `/api/actors/987654/merge`, { into: state.id }, TOKEN)).toMatchObject({ status: 404, body: { message: 'no actor 987654' } });
    expect((await postJson(app, `/api/actors/${state.id}/merge`, {}, TOKEN)).status).toBe(400);
  });
});

describe('POST /api/ingest', () => {
  const article = {
    id: 'ruritania-visit',
    title: 'Ruritanian leader visits Vienna',
    url: 'https://danube-ledger.example/ruritania',
    date: '2026-06-11',
    text: 'Austrian Chancellor Klara Huber met Hungarian Prime Minister Bence Kovacs in Vienna on June 10. The two leaders signed an agreement on river shipping.',
  };

  it('codes and stores documents, and a second time changes nothing', async () => {
    const documentsBefore = (await getJson<{ documents: number }>(app, '/api/stats')).body.documents;
    const first = await postJson<IngestResponse>(app, '/api/ingest', { documents: [article] }, TOKEN);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ added: 1, unchanged: 0, failed: 0, results: [{ input: 'documents[0]', status: 'added', doc: 'ruritania-visit' }] });
    expect(first.body.events).toBeGreaterThan(0);
    const documentId = first.body.results[0]!.documentId!;
    const stored = (await getJson<{ title: string; events: StoredEvent[] }>(app, `/api/documents/${documentId}`)).body;
    expect(stored.title).toBe(article.title);
    expect(stored.events).toHaveLength(first.body.events);
    expect((await getJson<{ total: number }>(app, '/api/events?country=AUT')).body.total).toBeGreaterThan(0);

    const again = await postJson<IngestResponse>(app, '/api/ingest', { documents: [article] }, TOKEN);
    expect(again.body).toMatchObject({ added: 0, unchanged: 1, events: 0, results: [{ status: 'unchanged', documentId }] });
    expect((await getJson<{ documents: number }>(app, '/api/stats')).body.documents).toBe(documentsBefore + 1);
  });

  it('replaces a changed article at a known URL, and names documents without an id by their content', async () => {
    const changed = { ...article, text: `${article.text} Kovacs invited Huber to visit Budapest.` };
    const reply = await postJson<IngestResponse>(app, '/api/ingest', { documents: [changed, { text: 'Slovak President Juraj Novak congratulated Czech President Petra Dvorak on her election on June 9.', date: 'June 10, 2026' }] }, TOKEN);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r) => r.status)).toEqual(['replaced', 'added']);
    expect(reply.body.results[1]!.doc).toMatch(/^api-[0-9a-f]{12}$/);
    const again = await postJson<IngestResponse>(app, '/api/ingest', { documents: [{ text: 'Slovak President Juraj Novak congratulated Czech President Petra Dvorak on her election on June 9.', date: 'June 10, 2026' }] }, TOKEN);
    expect(again.body.results[0]).toMatchObject({ status: 'unchanged', doc: reply.body.results[1]!.doc });
  });

  it('fetches articles by URL, reports those that fail, and is idempotent', async () => {
    const urls = [`${pagesUrl}/kenya-tanzania`, `${pagesUrl}/missing`];
    const reply = await postJson<IngestResponse>(app, '/api/ingest', { urls }, TOKEN);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ added: 1, failed: 1 });
    expect(reply.body.results[0]).toMatchObject({ input: urls[0], status: 'added' });
    expect(reply.body.results[1]).toMatchObject({ status: 'failed', error: expect.stringContaining('404') });
    expect((await getJson<{ items: StoredEvent[] }>(app, `/api/events?actor=${encodeURIComponent('Amina Salim')}`)).body.items.length).toBeGreaterThan(0);
    const again = await postJson<IngestResponse>(app, '/api/ingest', { urls: [urls[0]] }, TOKEN);
    expect(again.body).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('refuses malformed requests before storing anything', async () => {
    const before = await ledgerState();
    const cases: [unknown, string][] = [
      [{}, 'nothing to ingest'],
      [{ documents: [] }, 'nothing to ingest'],
      [{ documents: [{ title: 'no text' }] }, "missing body field 'documents.0.text'"],
      [{ documents: [{ text: 'Fine text about Ruritania.' }, { text: 'Another.', date: 'the day after' }] }, 'documents[1]: unreadable date'],
      [{ urls: ['ftp://example.org/a'] }, "body field 'urls.0' must be an http or https URL"],
      [{ documents: [{ text: 'x', author: 'me' }] }, "unknown body field 'documents.0.author'"],
      [{ files: ['/etc/passwd'] }, "unknown body field 'files'"],
    ];
    for (const [payload, message] of cases) {
      const reply = await postJson<ErrorReply>(app, '/api/ingest', payload as object, TOKEN);
      expect(reply.status, JSON.stringify(payload)).toBe(400);
      expect(reply.body.message).toContain(message);
    }
    expect(await ledgerState()).toBe(before);
  });

  it('takes bodies up to 5 MB, unlike other routes', async () => {
    const big = 'Austrian Chancellor Klara Huber spoke. '.repeat(3000);
    expect(Buffer.byteLength(JSON.stringify({ documents: [{ text: big }] }))).toBeGreaterThan(64 * 1024);
    const accepted = await postJson<IngestResponse>(app, '/api/ingest', { documents: [{ text: big }] }, TOKEN);
    expect(accepted.status).toBe(200);
    const tooBig = await postJson<ErrorReply>(app, '/api/ingest', { documents: [{ text: 'x'.repeat(5 * 1024 * 1024 + 1) }] }, TOKEN);
    expect(tooBig).toMatchObject({ status: 413, body: { message: 'request body is too large: POST /api/ingest takes at most 5 MB' } });
  });
});
