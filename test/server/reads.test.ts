// The read endpoints over a ledger of invented articles (test/server/articles.ts), through
// fastify.inject (PGlite in memory, or PostgreSQL with DATABASE_URL): filters, paging, single resources, digests, exports, stats, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import { ARTICLES, storeArticles } from './articles.js';
import type { ErrorReply } from './server-helpers.js';
import { eventIdWith, getJson } from './server-helpers.js';

interface EventPage {
  total: number;
  limit: number;
  offset: number;
  items: StoredEvent[];
}

let ledger: Ledger;
let app: FastifyInstance;
let documentIds: Map<string, number>;

beforeAll(async () => {
  ledger = await openTestLedger();
  documentIds = await storeArticles(ledger);
  app = await buildServer({ ledger, token: 'reader-tests-token', webRoot: null });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
});

const events = async (query: string): Promise<EventPage> => {
  const reply = await getJson<EventPage>(app, `/api/events${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
};

const involves = (event: StoredEvent, country: string): boolean => event.source.country === country || event.target?.country === country;

describe('GET /api/events', () => {
  it('lists every event, newest first, 50 a page by default', async () => {
    const all = await queryAllCount();
    const page = await events('');
    expect(page).toMatchObject({ total: all, limit: 50, offset: 0 });
    expect(page.items).toHaveLength(all);
    const dates = page.items.map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.items[0]).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:\/\//), outlet: expect.any(String) });
  });

  it('pages with limit and offset without gaps or repeats', async () => {
    const whole = await events('?sort=id&limit=1000');
    const first = await events('?sort=id&limit=5');
    const second = await events('?sort=id&limit=5&offset=5');
    const rest = await events('?sort=id&limit=5&offset=10');
    expect(first).toMatchObject({ total: whole.total, limit: 5, offset: 0 });
    expect(second.offset).toBe(5);
    expect([...first.items, ...second.items, ...rest.items].map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    expect(rest.items.length).toBe(whole.total - 10);
    expect((await events(`?offset=${whole.total}`)).items).toEqual([]);
  });

  it('sorts as asked', async () => {
    const oldest = await events('?sort=date&limit=1');
    expect(oldest.items[0]!.date).toBe('2026-03-03');
    const ids = (await events('?sort=-id')).items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by country, category, channel, quad, dates and text', async () => {
    // Peru's accusation and the summons to protest (coded, as the PLOVER manual asks, as the
    // protest alone: disapproval); the troop move Peru only alleges is not a coded deed.
    const peru = await events('?country=per');
    expect(peru.total).toBe(2);
    expect(peru.items.every((e) => involves(e, 'PER'))).toBe(true);

    const conflict = await events('?category=ACCUSE,assault');
    expect(conflict.items.map((e) => e.plover).sort()).toEqual(['ACCUSE', 'ACCUSE', 'ASSAULT']);

    const phone = await events('?channel=phone');
    // The call, and what the two presidents discussed and pledged on it.
    expect(phone.items.map((e) => e.evidence.text).sort()).toEqual([
      expect.stringContaining('held phone talks'), expect.stringContaining('discussed energy security'), expect.stringContaining('discussed energy security'),
    ]);

    const material = await events('?quad=material-conflict');
    expect(material.total).toBe(1);
    expect(material.items.every((e) => e.quad === 'material-conflict')).toBe(true);

    const may = await events('?since=2026-05&until=2026-05');
    expect(may.total).toBe(5);
    expect(may.items.every((e) => e.date!.startsWith('2026-05'))).toBe(true);

    const fisheries = await events('?text=fisheries');
    expect(fisheries.items.map((e) => e.doc).sort()).toEqual(['lisbon-accord', 'rabat-report']);
  });

  it('filters by actor, source, target and dyad', async () => {
    const vaz = await events(`?actor=${encodeURIComponent('Helena Vaz')}`);
    expect(vaz.total).toBe(4);
    const bennaniActs = await events(`?source=${encodeURIComponent('Karim Bennani')}`);
    expect(bennaniActs.items.map((e) => e.plover)).toEqual(['CONSULT']);
    const toBennani = await events(`?target=${encodeURIComponent('karim bennani')}`);
    expect(toBennani.items.map((e) => e.plover)).toEqual(['AGREE', 'AGREE']);
    const dyad = await events('?dyad=PER,BOL');
    expect(dyad.total).toBe(2);
    expect(dyad.items.every((e) => involves(e, 'PER') && involves(e, 'BOL'))).toBe(true);
    expect((await events('?actor=Nobody%20Known')).total).toBe(0);
    expect((await events('?actor=99999999999')).total).toBe(0);
  });

  it('filters by document', async () => {
    const page = await events(`?document=${documentIds.get('andes-protest')}&sort=id`);
    expect(page.total).toBe(2);
    expect(page.items.every((e) => e.doc === 'andes-protest')).toBe(true);
  });

  it('filters by cluster', async () => {
    const signing = await eventIdWith(ledger, 'Helena Vaz signed', { doc: 'lisbon-accord' });
    const { body } = await getJson<{ event: StoredEvent }>(app, `/api/events/${signing}`);
    const cluster = await events(`?cluster=${body.event.clusterId}`);
    expect(cluster.items.map((e) => e.doc).sort()).toEqual(['lisbon-accord', 'rabat-report']);
  });

  it.each([
    ['?limit=0', "query parameter 'limit' must be >= 1"],
    ['?limit=1001', "query parameter 'limit' must be <= 1000"],
    ['?limit=ten', "query parameter 'limit' must be integer"],
    ['?offset=-1', "query parameter 'offset' must be >= 0"],
    ['?sort=newest', "query parameter 'sort' must be one of"],
    ['?contry=FIN', "unknown query parameter 'contry'"],
    ['?country=Peru', "parameter 'country' expects an ISO 3166-1 alpha-3 code"],
    ['?category=HUG', "parameter 'category': unknown PLOVER category \"HUG\""],
    ['?quad=friendly', "parameter 'quad': unknown quad class"],
    ['?since=2026-13', "parameter 'since' expects a date"],
    ['?since=2026-06&until=2026-05', "parameter 'since' (2026-06) is after 'until' (2026-05)"],
    ['?dyad=PER', "parameter 'dyad' expects two actors or countries"],
    ['?cluster=first', "query parameter 'cluster' must be integer"],
    ['?cluster=99999999999', "query parameter 'cluster' must be <= 2147483647"],
    ['?includeRejected=perhaps', "query parameter 'includeRejected' must be boolean"],
  ])('refuses %s with 400 and says why', async (query, message) => {
    const reply = await getJson<ErrorReply>(app, `/api/events${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('Bad Request');
    expect(reply.body.message).toContain(message);
  });
});

async function queryAllCount(): Promise<number> {
  const [row] = await ledger.db.query<{ n: number }>('select count(*)::int as n from events where not rejected');
  return row!.n;
}

describe('GET /api/events/:id and /api/clusters/:id', () => {
  it('gives the event with every report of its cluster, each with its article', async () => {
    const id = await eventIdWith(ledger, 'Helena Vaz signed', { doc: 'rabat-report' });
    const { status, body } = await getJson<{ event: StoredEvent; cluster: { id: number; articleCount: number; outletCount: number; eventCount: number; source: { name: string }; target: { name: string }; events: EventPage } }>(app, `/api/events/${id}`);
    expect(status).toBe(200);
    expect(body.event).toMatchObject({ id, plover: 'AGREE', doc: 'rabat-report' });
    expect(body.cluster).toMatchObject({
      id: body.event.clusterId, articleCount: 2, outletCount: 2, eventCount: 2,
      source: { name: 'Helena Vaz' }, target: { name: 'Karim Bennani' },
    });
    expect(body.cluster.events.total).toBe(2);
    expect(body.cluster.events.items.map((e) => [e.title, e.outlet]).sort()).toEqual([
      ['Portugal and Morocco sign fisheries accord', 'tagus-post.example'],
      ['Vaz and Bennani seal fisheries deal', 'atlas-herald.example'],
    ]);
  });

  it('pages a cluster\'s events', async () => {
    const id = await eventIdWith(ledger, 'Helena Vaz signed', { doc: 'lisbon-accord' });
    const { body: detail } = await getJson<{ event: StoredEvent }>(app, `/api/events/${id}`);
    const { status, body } = await getJson<{ events: EventPage; articleCount: number }>(app, `/api/clusters/${detail.event.clusterId}?limit=1&offset=1`);
    expect(status).toBe(200);
    expect(body.articleCount).toBe(2);
    expect(body.events).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(body.events.items).toHaveLength(1);
  });

  it('answers 404 for ids that do not exist and 400 for ids that are not numbers', async () => {
    expect(await getJson(app, '/api/events/999999')).toMatchObject({ status: 404, body: { error: 'Not Found', message: 'no event 999999' } });
    expect(await getJson(app, '/api/clusters/999999')).toMatchObject({ status: 404, body: { message: 'no cluster 999999' } });
    expect(await getJson(app, '/api/events/latest')).toMatchObject({ status: 400, body: { message: "path parameter 'id' must be integer" } });
    expect((await getJson(app, '/api/events/0')).status).toBe(400);
  });
});

describe('GET /api/documents/:id', () => {
  it('gives the text and the evidence spans of its events', async () => {
    const id = documentIds.get('lisbon-accord')!;
    const { status, body } = await getJson<{ title: string; url: string; published: string; text: string; events: StoredEvent[] }>(app, `/api/documents/${id}`);
    expect(status).toBe(200);
    const article = ARTICLES.find((a) => a.id === 'lisbon-accord')!;
    expect(body).toMatchObject({ title: article.title, url: article.url, published: article.date });
    expect(body.text).toContain('Bennani invited Vaz to visit Rabat');
    expect(body.events.map((e) => e.plover)).toEqual(['AGREE', 'SUPPORT', 'CONSULT']);
    for (const event of body.events) expect(body.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    expect(body).not.toHaveProperty('origin');
    expect((await getJson(app, '/api/documents/424242')).status).toBe(404);
  });
});

describe('GET /api/actors', () => {
  interface ActorPage { limit: number; offset: number; more: boolean; items: { id: number; name: string; country: string | null }[] }

  it('finds actors by any part of a name, whatever the case', async () => {
    const { status, body } = await getJson<ActorPage>(app, '/api/actors?q=VAZ');
    expect(status).toBe(200);
    expect(body.items.map((a) => a.name)).toEqual(['Helena Vaz']);
  });

  it('filters by country and pages', async () => {
    const all = (await getJson<ActorPage>(app, '/api/actors?country=per')).body;
    expect(all.items.map((a) => a.name).sort()).toEqual(['Lucia Quispe', 'PER']);
    expect(all.more).toBe(false);
    const first = (await getJson<ActorPage>(app, '/api/actors?country=PER&limit=1')).body;
    const second = (await getJson<ActorPage>(app, '/api/actors?country=PER&limit=1&offset=1')).body;
    expect(first).toMatchObject({ limit: 1, offset: 0, more: true });
    expect(second).toMatchObject({ limit: 1, offset: 1, more: false });
    expect([...first.items, ...second.items].map((a) => a.name)).toEqual(all.items.map((a) => a.name));
  });

  it('gives one actor with roles, partners and categories', async () => {
    const [vaz] = (await getJson<ActorPage>(app, '/api/actors?q=helena')).body.items;
    const { status, body } = await getJson<{ name: string; roles: { role: string }[]; partners: { name: string }[]; categories: { plover: string; total: number }[] }>(app, `/api/actors/${vaz!.id}`);
    expect(status).toBe(200);
    expect(body.name).toBe('Helena Vaz');
    expect(body.roles.map((r) => r.role)).toEqual(['Prime Minister']);
    expect(body.partners.map((p) => p.name)).toContain('Karim Bennani');
    expect(body.categories.find((c) => c.plover === 'AGREE')?.total).toBe(2);
  });

  it('refuses bad parameters and unknown ids', async () => {
    expect(await getJson(app, '/api/actors?country=Peru')).toMatchObject({ status: 400, body: { message: expect.stringContaining("'country'") } });
    expect(await getJson(app, '/api/actors?name=vaz')).toMatchObject({ status: 400, body: { message: "unknown query parameter 'name'" } });
    expect(await getJson(app, '/api/actors/99999')).toMatchObject({ status: 404, body: { message: 'no actor 99999' } });
  });
});

describe('GET /api/dyads', () => {
  interface DyadPage { total: number; items: { a: { name: string }; b: { name: string }; total: number; periods?: { period: string }[] }[] }
  const pairs = (page: DyadPage): string[] => page.items.map((d) => `${d.a.name}-${d.b.name}:${d.total}`);

  it('counts country pairs, busiest first, paged', async () => {
    const { status, body } = await getJson<DyadPage>(app, '/api/dyads');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(pairs(body)[0]).toBe('MAR-PRT:4');
    expect(pairs(body).slice(1).sort()).toEqual(['BOL-PER:2', 'LVA-POL:3', 'SDN-TCD:2']);
    const second = (await getJson<DyadPage>(app, '/api/dyads?limit=1&offset=1')).body;
    expect(second.total).toBe(4);
    expect(pairs(second)).toEqual([pairs(body)[1]]);
  });

  it('filters, counts per period and works at actor level', async () => {
    const april = (await getJson<DyadPage>(app, '/api/dyads?since=2026-04&until=2026-04&interval=month')).body;
    expect(pairs(april)).toEqual(['MAR-PRT:4']);
    expect(april.items[0]!.periods!.map((p) => p.period)).toEqual(['2026-04-01']);
    const actors = (await getJson<DyadPage>(app, '/api/dyads?level=actor&country=LVA')).body;
    expect(pairs(actors)).toEqual(['Andris Kalnins-Marek Wojcik:3']);
    expect((await getJson(app, '/api/dyads?level=planet')).status).toBe(400);
    expect((await getJson(app, '/api/dyads?interval=fortnight')).status).toBe(400);
  });
});

describe('GET /api/digest', () => {
  it('gives the digest as data by default, filtered', async () => {
    const { status, body } = await getJson<{ title: string; countries: { name: string }[]; sources: { url: string }[]; eventCount: number }>(app, '/api/digest?country=PER');
    expect(status).toBe(200);
    expect(body.countries.map((c) => c.name)).toContain('Peru');
    expect(body.countries.map((c) => c.name)).not.toContain('Latvia');
    expect(body.sources.map((s) => s.url)).toEqual(['https://andes-wire.example/protest']);
  });

  it('renders Markdown and text', async () => {
    const markdown = await app.inject({ url: '/api/digest?format=markdown&source=Andris%20Kalnins' });
    expect(markdown.statusCode).toBe(200);
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toMatch(/^# /);
    expect(markdown.body).toContain('Kalnins');
    expect(markdown.body).not.toContain('Bennani');
    const text = await app.inject({ url: '/api/digest?format=text&source=Andris%20Kalnins' });
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toContain('Kalnins');
    expect(text.body).not.toMatch(/^# /);
  });

  it('refuses unknown formats', async () => {
    expect((await getJson(app, '/api/digest?format=html')).status).toBe(400);
  });
});

describe('GET /api/export', () => {
  it('streams JSONL, one event a line, filtered', async () => {
    const reply = await app.inject({ url: '/api/export?format=jsonl&country=PER' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe('attachment; filename="attache-events.jsonl"');
    const lines = reply.body.trim().split('\n').map((line) => JSON.parse(line) as StoredEvent);
    expect(lines).toHaveLength(2);
    expect(lines.every((e) => involves(e, 'PER'))).toBe(true);
  });

  it('writes CSV and GDELT with or without a header, PLOVER and GraphML', async () => {
    const total = await queryAllCount();
    const csv = await app.inject({ url: '/api/export?format=csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const csvLines = csv.body.trim().split('\n');
    expect(csvLines[0]).toMatch(/^doc,sentence,date,/);
    expect(csvLines).toHaveLength(total + 1);
    const bare = await app.inject({ url: '/api/export?format=gdelt&header=false' });
    expect(bare.body.trim().split('\n')).toHaveLength(total);
    const plover = await app.inject({ url: '/api/export?format=plover&category=ASSAULT' });
    expect(plover.body.trim().split('\n')).toHaveLength(1);
    const graphml = await app.inject({ url: '/api/export?format=graphml&level=country' });
    expect(graphml.headers['content-type']).toBe('application/graphml+xml; charset=utf-8');
    expect(graphml.body).toMatch(/^<\?xml/);
    expect(graphml.body).toContain('</graphml>');
    expect(graphml.body).toContain('PER');
  });

  it('refuses a missing format, an unknown one, and level outside graphml', async () => {
    expect(await getJson(app, '/api/export')).toMatchObject({ status: 400, body: { message: "missing query parameter 'format'" } });
    expect((await getJson(app, '/api/export?format=xlsx')).status).toBe(400);
    expect(await getJson(app, '/api/export?format=csv&level=country')).toMatchObject({ status: 400, body: { message: expect.stringContaining("'level'") } });
    expect((await getJson(app, '/api/export?format=csv&since=yesterday')).status).toBe(400);
  });
});

describe('GET /api/stats and /healthz', () => {
  it('counts what the ledger holds, and events per month by quad class', async () => {
    const { status, body } = await getJson<{ documents: number; events: number; rejectedEvents: number; actors: number; clusters: number; months: { month: string; total: number; quads: Record<string, number> }[] }>(app, '/api/stats');
    expect(status).toBe(200);
    const total = await queryAllCount();
    expect(body).toMatchObject({ documents: ARTICLES.length, events: total, rejectedEvents: 0 });
    expect(body.clusters).toBeGreaterThan(0);
    expect(body.clusters).toBeLessThan(total);
    expect(body.months.map((m) => m.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(body.months.reduce((n, m) => n + m.total, 0)).toBe(total);
    const march = body.months[0]!;
    expect(march.quads).toEqual({ 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 1, 'material-conflict': 1 });
  });

  it('says the server is healthy', async () => {
    expect(await getJson(app, '/healthz')).toMatchObject({ status: 200, body: { status: 'ok', ledger: ledger.db.kind } });
  });
});

describe('GET /openapi.json', () => {
  it('describes every route with tags, summaries, parameters and the write token', async () => {
    const reply = await app.inject({ url: '/openapi.json' });
    expect(reply.statusCode).toBe(200);
    const doc = JSON.parse(reply.body) as {
      openapi: string;
      paths: Record<string, Record<string, { tags?: string[]; summary?: string; security?: unknown[]; parameters?: { name: string; in: string }[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/actors', '/api/actors/{id}', '/api/actors/{id}/merge', '/api/actors/{id}/rename', '/api/clusters/{id}', '/api/digest',
      '/api/documents/{id}', '/api/dyads', '/api/events', '/api/events/{id}', '/api/events/{id}/corrections', '/api/export',
      '/api/ingest', '/api/stats', '/healthz',
    ]);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.summary, path).toBeTruthy();
        expect(operation.tags?.length, path).toBeGreaterThan(0);
      }
    }
    expect(doc.paths['/api/events']!.get!.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['dyad', 'category', 'since', 'limit', 'offset', 'sort']));
    expect(doc.paths['/api/ingest']!.post!.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/api/events']!.get!.security).toBeUndefined();
    expect(doc.components.securitySchemes).toHaveProperty('bearerAuth');
  });
});

describe('everything else', () => {
  it('answers unknown routes with a JSON 404', async () => {
    expect(await getJson(app, '/api/nothing-here')).toMatchObject({ status: 404, body: { error: 'Not Found', message: 'no route GET /api/nothing-here' } });
  });

  it('points "/" to the API description when there is no web explorer', async () => {
    expect(app.webMode).toBe('api-only');
    expect(await getJson(app, '/')).toMatchObject({ status: 200, body: { openapi: '/openapi.json' } });
    expect((await getJson(app, '/explorer/page')).status).toBe(404);
  });
});
