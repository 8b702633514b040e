// What whoever runs the server watches: /healthz (200 while the ledger answers, 503 when it
// does not) and /metrics in Prometheus's text format (ledger counts read at scrape time,
// requests by route and status with latency, error answers, documents ingested).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../src/ledger/ledger.js';
import { buildServer } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import { ARTICLES, storeArticles } from './articles.js';
import { getJson, postJson } from './server-helpers.js';

const TOKEN = 'operations-tests-token';

let ledger: Ledger;
let app: FastifyInstance;

beforeAll(async () => {
  ledger = await openTestLedger();
  await storeArticles(ledger);
  app = await buildServer({ ledger, token: TOKEN, webRoot: null });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
});

/** The value of one sample line ("name{labels} value") of a scrape, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(server: FastifyInstance = app): Promise<string> {
  const reply = await server.inject({ url: '/metrics' });
  expect(reply.statusCode).toBe(200);
  expect(reply.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return reply.body;
}

async function stored(): Promise<{ documents: number; events: number }> {
  const [row] = await ledger.db.query<{ documents: number; events: number }>(
    'select (select count(*)::int from documents) as documents, (select count(*)::int from events where not rejected) as events',
  );
  return row!;
}

describe('GET /healthz', () => {
  it('is 200 with status ok while the ledger answers', async () => {
    expect(await getJson(app, '/healthz')).toMatchObject({ status: 200, body: { status: 'ok', ledger: ledger.db.kind } });
  });

  it('is 503 in the usual error shape once the ledger does not answer, and /metrics says so', async () => {
    const lost = await openTestLedger();
    const server = await buildServer({ ledger: lost, webRoot: null });
    try {
      expect((await getJson(server, '/healthz')).status).toBe(200);
      expect(sample(await scrape(server), 'attache_ledger_up')).toBe(1);
      await lost.close();
      expect(await getJson(server, '/healthz')).toMatchObject({ status: 503, body: { error: 'Service Unavailable', message: 'the ledger does not answer' } });
      const text = await scrape(server);
      expect(sample(text, 'attache_ledger_up')).toBe(0);
      expect(sample(text, 'attache_http_requests_total{method="GET",route="/healthz",status="503"}')).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('GET /metrics', () => {
  it('counts what the ledger holds at scrape time', async () => {
    const text = await scrape();
    const { documents, events } = await stored();
    expect(documents).toBe(ARTICLES.length);
    expect(sample(text, 'attache_documents')).toBe(documents);
    expect(sample(text, 'attache_events')).toBe(events);
    expect(sample(text, 'attache_ledger_up')).toBe(1);
    expect(text).toContain('# TYPE attache_documents gauge');
  });

  it('counts requests and their latency by route pattern and status, and error answers', async () => {
    const baseline = await scrape();
    const before = (series: string): number => sample(baseline, series) ?? 0;
    const ok = 'attache_http_requests_total{method="GET",route="/api/events/:id",status="200"}';
    const missing = 'attache_http_requests_total{method="GET",route="/api/events/:id",status="404"}';
    const [first] = await ledger.db.query<{ id: number }>('select id from events order by id limit 1');
    expect((await getJson(app, `/api/events/${first!.id}`)).status).toBe(200);
    expect((await getJson(app, `/api/events/${first!.id}`)).status).toBe(200);
    expect((await getJson(app, '/api/events/999999')).status).toBe(404);
    expect((await getJson(app, '/api/no-such-route')).status).toBe(404);
    expect((await getJson(app, '/api/events?limit=0')).status).toBe(400);
    const text = await scrape();
    expect(sample(text, ok)).toBe(before(ok) + 2);
    expect(sample(text, missing)).toBe(before(missing) + 1);
    // One series per route, not per URL: ids never become labels.
    expect(text).not.toContain(`/api/events/${first!.id}"`);
    expect(sample(text, 'attache_http_request_duration_seconds_count{method="GET",route="/api/events/:id",status="200"}')).toBe(before(ok) + 2);
    expect(text).toMatch(/attache_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/events\/:id",status="200"\} \d+/);
    expect(sample(text, 'attache_http_errors_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'attache_http_errors_total{method="GET",route="/api/events",status="400"}')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('attache_http_errors_total{method="GET",route="/api/events/:id",status="200"}');
  });

  it('counts documents ingested through the API, by outcome, and the new totals', async () => {
    const document = { id: 'metrics-visit', date: '2026-06-05', text: 'Uruguayan President Marta Silva visited Buenos Aires on June 4 and praised Argentina.' };
    expect((await postJson(app, '/api/ingest', { documents: [document] }, TOKEN)).body).toMatchObject({ added: 1 });
    expect((await postJson(app, '/api/ingest', { documents: [document] }, TOKEN)).body).toMatchObject({ unchanged: 1 });
    const text = await scrape();
    expect(sample(text, 'attache_ingest_documents_total{status="added"}')).toBe(1);
    expect(sample(text, 'attache_ingest_documents_total{status="unchanged"}')).toBe(1);
    expect(sample(text, 'attache_documents')).toBe(ARTICLES.length + 1);
    expect(sample(text, 'attache_events')).toBe((await stored()).events);
  });

  it('leaves the process metrics to the command that asks for them', async () => {
    expect(await scrape()).not.toContain('process_cpu_seconds_total');
    const withProcess = await buildServer({ ledger, webRoot: null, processMetrics: true });
    try {
      const text = await scrape(withProcess);
      expect(text).toContain('process_cpu_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
    } finally {
      await withProcess.close();
    }
  });

  it('is not part of the API description', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(doc.paths).not.toHaveProperty('/metrics');
    expect(doc.paths).toHaveProperty('/healthz');
  });
});
