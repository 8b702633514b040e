// POST /api/ingest with `format`: files the explorer reads in the browser are sent as their
// raw text and read on the server as `attache ingest` reads the same files (a .txt date line,
// an HTML page through Readability). And the empty request the explorer uses to check a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import type { IngestResponse } from '../../src/server/index.js';
import { emptyLedger, openTestLedger } from '../ledger-under-test.js';
import type { ErrorReply } from './server-helpers.js';
import { getJson, postJson } from './server-helpers.js';

const TOKEN = 'ingest-formats-token';

let ledger: Ledger;
let app: FastifyInstance;

beforeAll(async () => {
  ledger = await openTestLedger();
  await emptyLedger(ledger);
  app = await buildServer({ ledger, token: TOKEN, webRoot: null });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
});

interface StoredDocument {
  title: string | null;
  published: string | null;
  text: string;
  events: StoredEvent[];
}

async function ingestOne(document: object): Promise<{ reply: IngestResponse; stored: StoredDocument }> {
  const reply = await postJson<IngestResponse>(app, '/api/ingest', { documents: [document] }, TOKEN);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const documentId = reply.body.results[0]!.documentId!;
  const stored = (await getJson<StoredDocument>(app, `/api/documents/${documentId}`)).body;
  return { reply: reply.body, stored };
}

describe('POST /api/ingest, format', () => {
  it('"txt" takes the date from a first line " date YYYY-MM-DD " and keeps the rest of it', async () => {
    const { reply, stored } = await ingestOne({
      id: 'vistula-talks', format: 'txt',
      text: ' date 2026-05-12 Polish Foreign Minister Jan Nowak met Lithuanian Foreign Minister Rasa Petraitė in Vilnius on Monday.\nThe two ministers signed an agreement on border security.',
    });
    expect(reply).toMatchObject({ added: 1, results: [{ status: 'added', doc: 'vistula-talks' }] });
    expect(stored.published).toBe('2026-05-12');
    expect(stored.text.startsWith('Polish Foreign Minister Jan Nowak')).toBe(true);
    expect(reply.events).toBeGreaterThan(0);
    expect(stored.events.every((event) => event.date?.startsWith('2026-05'))).toBe(true);
  });

  it('"text" (the default) keeps a date line as text', async () => {
    const { stored } = await ingestOne({ text: ' date 2026-05-12 Czech President Petra Dvorak visited Bratislava.' });
    expect(stored.published).toBeNull();
    expect(stored.text).toContain('date 2026-05-12');
  });

  it('"html" reads a whole page: main text, title and date from its metadata, no markup', async () => {
    const page = `<!doctype html><html><head><title>Kenya and Tanzania reopen a border post</title>
      <meta property="article:published_time" content="2026-06-03T08:00:00Z"><script>window.bad = 1</script></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Kenya and Tanzania reopen a border post</h1>
      <p>Kenyan President Daniel Mwangi signed an agreement with Tanzanian President Amina Salim in Arusha on June 2, reopening the Namanga border post to trucks.</p>
      <p>Mwangi praised Tanzania for its patience during months of talks. Salim said both governments wanted trade across the border to double within three years.</p>
      <p>Traders on both sides welcomed the decision, which ends a closure that began in the spring.</p></article></body></html>`;
    const { reply, stored } = await ingestOne({ id: 'border-post', text: page, format: 'html' });
    expect(reply.results[0]).toMatchObject({ status: 'added', doc: 'border-post' });
    expect(stored.title).toBe('Kenya and Tanzania reopen a border post');
    expect(stored.published).toBe('2026-06-03');
    expect(stored.text).toContain('Kenyan President Daniel Mwangi signed an agreement');
    expect(stored.text).not.toMatch(/<|window\.bad/);
    expect(stored.events.some((event) => event.source.name === 'Daniel Mwangi')).toBe(true);

    // A title and date given with the page win over its metadata.
    const given = await ingestOne({ id: 'border-post-2', text: page.replace('spring', 'winter'), format: 'html', title: 'Border post', date: '2026-06-04' });
    expect(given.stored).toMatchObject({ title: 'Border post', published: '2026-06-04' });
  });

  it('refuses an unknown format, and a page without text, storing nothing', async () => {
    const before = (await getJson<{ documents: number }>(app, '/api/stats')).body.documents;
    const unknown = await postJson<ErrorReply>(app, '/api/ingest', { documents: [{ text: 'x', format: 'pdf' }] }, TOKEN);
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('format');
    const empty = await postJson<ErrorReply>(app, '/api/ingest', { documents: [{ text: '<html><body><script>1</script></body></html>', format: 'html' }] }, TOKEN);
    expect(empty).toMatchObject({ status: 400, body: { message: 'documents[0]: the text is empty (no text in the page)' } });
    expect((await getJson<{ documents: number }>(app, '/api/stats')).body.documents).toBe(before);
  });

  it('checks a token with an empty request: 400 for the right one, 401 for a wrong one', async () => {
    expect((await postJson<ErrorReply>(app, '/api/ingest', {}, TOKEN)).status).toBe(400);
    expect((await postJson<ErrorReply>(app, '/api/ingest', {}, 'not-the-token')).status).toBe(401);
  });
});
