// SQL injection: typical attack strings in every query parameter of the read endpoints (the
// parameters taken from the server's own OpenAPI description, so a new one is covered the day
// it is added), in path parameters and in correction bodies. Each gets a normal answer or a
// 400, never a 500, and the ledger keeps the same tables and row counts; strings stored on
// purpose (a note, a name) are stored exactly as sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import { storeArticles } from './articles.js';
import { eventIdWith, ledgerFingerprint, postJson } from './server-helpers.js';

const TOKEN = 'injection-tests-token';

const ATTACKS = [
  "'; drop table events; --",
  '1 or 1=1',
  "1' or '1'='1",
  "%' or '1'='1",
  "' union select null, current_user, version() --",
  '1; delete from documents',
  "\\'; truncate actors cascade; --",
  '$1) or true --',
  "RUS' or country is not null --",
  // Typographic and full-width quotes, and a modifier letter apostrophe.
  '\u2019; drop table events; --',
  '\u2018 or \u20181\u2019=\u20191',
  '\uff07 or 1=1 --',
  '\u02bc) or (\u02bc1\u02bc=\u02bc1',
  '"; drop table "events',
  '_%',
  '*/ or /* 1=1',
];

const READ_ROUTES = ['/api/events', '/api/actors', '/api/dyads', '/api/digest'];

let ledger: Ledger;
let app: FastifyInstance;
let before: string;

beforeAll(async () => {
  ledger = await openTestLedger();
  await storeArticles(ledger);
  app = await buildServer({ ledger, token: TOKEN, webRoot: null, writesPerMinute: 0 });
  before = await ledgerFingerprint(ledger);
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
});

/** The query parameters the OpenAPI description gives a GET route. */
async function queryParameters(path: string): Promise<string[]> {
  const doc = (await app.inject({ url: '/openapi.json' })).json<{ paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> }>();
  return (doc.paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

describe('injection strings in query parameters', () => {
  for (const route of READ_ROUTES) {
    it(`GET ${route}: every parameter answers 200 or 400, and the ledger is unchanged`, async () => {
      const names = await queryParameters(route);
      expect(names.length, route).toBeGreaterThan(3);
      const statuses = new Set<number>();
      for (const name of names) {
        for (const attack of ATTACKS) {
          const url = `${route}?${name}=${encodeURIComponent(attack)}`;
          const reply = await app.inject({ url });
          expect([200, 400], `${url}: ${reply.body.slice(0, 300)}`).toContain(reply.statusCode);
          if (reply.statusCode === 400) expect(reply.json(), url).toMatchObject({ error: 'Bad Request', message: expect.any(String) });
          statuses.add(reply.statusCode);
        }
      }
      // Text parameters (actor names, full-text search) take such strings and find nothing.
      expect(statuses.has(200), route).toBe(true);
      expect(await ledgerFingerprint(ledger)).toBe(before);
    });
  }

  it('finds nothing with a tautology where a match is asked for', async () => {
    for (const attack of ["x' or '1'='1", '1 or 1=1', "%' or '1'='1"]) {
      for (const name of ['actor', 'source', 'target', 'text']) {
        const reply = await app.inject({ url: `/api/events?${name}=${encodeURIComponent(attack)}` });
        expect(reply.json<{ total: number }>().total, `${name}=${attack}`).toBe(0);
      }
      const actors = await app.inject({ url: `/api/actors?q=${encodeURIComponent(attack)}` });
      expect(actors.json<{ items: unknown[] }>().items, attack).toEqual([]);
    }
  });

  it('refuses them in path parameters', async () => {
    for (const attack of ATTACKS) {
      for (const path of ['/api/events/', '/api/actors/', '/api/clusters/', '/api/documents/']) {
        const reply = await app.inject({ url: `${path}${encodeURIComponent(attack)}` });
        expect(reply.statusCode, `${path}${attack}`).toBe(400);
      }
    }
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });
});

describe('injection strings in correction bodies', () => {
  it('refuses them where a kind, category or id is expected, and changes nothing', async () => {
    const eventId = await eventIdWith(ledger, 'Vaz praised Morocco');
    for (const attack of ATTACKS) {
      const bodies: object[] = [
        { kind: attack },
        { kind: 'category', plover: attack },
        { kind: 'source', actorId: attack },
        { kind: 'reject', [attack]: 1 },
      ];
      for (const body of bodies) {
        const reply = await postJson(app, `/api/events/${eventId}/corrections`, body, TOKEN);
        expect(reply.status, JSON.stringify(body)).toBe(400);
      }
      expect((await postJson(app, '/api/actors/1/merge', { into: attack }, TOKEN)).status).toBe(400);
    }
    expect(await ledgerFingerprint(ledger)).toBe(before);
  });

  it('stores them as plain text where text is expected: notes, authors and names', async () => {
    const eventId = await eventIdWith(ledger, 'Vaz praised Morocco');
    const [actor] = await ledger.db.query<{ id: number; name: string }>("select id, name from actors where kind = 'named' order by id limit 1");
    for (const attack of ATTACKS) {
      const reject = await postJson(app, `/api/events/${eventId}/corrections`, { kind: 'reject', note: attack, author: attack }, TOKEN);
      expect(reject.status, attack).toBe(200);
      const restore = await postJson(app, `/api/events/${eventId}/corrections`, { kind: 'restore', note: attack }, TOKEN);
      expect(restore.status, attack).toBe(200);
      const rename = await postJson<{ name: string }>(app, `/api/actors/${actor!.id}/rename`, { name: attack, note: attack }, TOKEN);
      expect(rename, attack).toMatchObject({ status: 200, body: { name: attack } });
    }
    const notes = await ledger.db.query<{ note: string; author: string }>(
      "select note, author from corrections where kind = 'reject' order by id",
    );
    expect(notes.map((n) => n.note)).toEqual(ATTACKS);
    expect(notes.map((n) => n.author)).toEqual(ATTACKS);
    // Every table is there, and only corrections (and the renamed actor's aliases) grew.
    const after = await ledgerFingerprint(ledger);
    const counts = (fingerprint: string): Map<string, string> => new Map(fingerprint.split(' ').map((pair) => pair.split('=') as [string, string]));
    const was = counts(before);
    const now = counts(after);
    expect([...now.keys()]).toEqual([...was.keys()]);
    for (const [table, n] of was) {
      if (table === 'corrections' || table === 'actor_aliases') continue;
      expect(now.get(table), table).toBe(n);
    }
    expect(Number(now.get('corrections'))).toBe(Number(was.get('corrections')) + 3 * ATTACKS.length);
  });
});
