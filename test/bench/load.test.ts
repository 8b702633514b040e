// The load test of the ledger section: its mix of requests, its figures from autocannon's
// result, its report lines and its target, on synthetic figures. The real run (2 s, a few
// connections, a tiny ledger) is in the ledger section's end-to-end test (ledger.test.ts).
import type autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import type { LedgerFigures } from '../../src/bench/ledger-figures.js';
import type { LoadFigures, LoadOutcome } from '../../src/bench/load-figures.js';
import { loadRequests } from '../../src/bench/load-mix.js';
import { loadFigures, loadStep } from '../../src/bench/load-test.js';
import { formatTextReport } from '../../src/bench/report.js';
import { formatLoad } from '../../src/bench/report-load.js';
import { assess } from '../../src/bench/targets.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { reportOf } from './report-of.js';

const CHOICES = {
  country: 'RUS', category: 'CONSULT', since: '2024-03-01', dyad: ['RUS', 'UKR'], targetActor: 'Vladimir Putin',
  targetCategory: 'ACCUSE', searchWord: 'talks',
} as const;

function load(overrides: Partial<LoadFigures> = {}): LoadOutcome {
  return {
    status: 'ran', host: '127.0.0.1', connections: 50, durationSeconds: 20, elapsedSeconds: 20.4, requestTimeoutSeconds: 10,
    requests: 8_240, sent: 8_290, requestsPerSecond: 412, latency: { p50Ms: 95, p99Ms: 850, maxMs: 1_203, meanMs: 120.5 },
    non2xx: 0, statusCodes: { 200: 8_240 }, errors: 0, timeouts: 0,
    mix: [
      { name: 'events page', path: '/api/events?country=RUS', warmUpMs: 12.3, responses: 1_030, non2xx: 0, firstNon2xx: null },
      { name: 'stats', path: '/api/stats', warmUpMs: 80.1, responses: 1_029, non2xx: 0, firstNon2xx: null },
    ],
    ...overrides,
  };
}

function ledger(outcome: LoadOutcome): LedgerFigures {
  const latency = { runs: 20, warmUpRuns: 2, medianMs: 10, p95Ms: 15, minMs: 5, maxMs: 20 };
  const ingest = {
    articles: 5_000, added: 5_000, unchanged: 0, failed: 0, errors: [], events: 60_000, sentences: 125_000, seconds: 50,
    codingSeconds: 20, ledgerSeconds: 28, articlesPerSecond: 120, eventsPerSecond: 1_200, rssAtStart: 1e8, peakRss: 2e8,
    peakHeapUsed: 1e8, memorySamples: 100,
  };
  return {
    kind: 'ledger', name: 'ledger', title: 'ledger', corpus: { seed: 's', articles: 5_000, sentences: 125_000, eventSentences: 60_000, bytes: 1e7 },
    setupSeconds: 1, workers: 2, ingest, growth: null, minEvents: 100_000, ledgerEvents: 120_000, ledgerArticles: 10_000,
    dataBytes: 1e9, choices: { ...CHOICES, dyad: ['RUS', 'UKR'] },
    queries: [{ name: 'events page', description: 'd', latency, events: 50, result: '50 of 100 matching' }], load: outcome,
    peakRss: 3e8, wallSeconds: 100,
  };
}

const loadTarget = (outcome: LoadOutcome) => assess([ledger(outcome)]).targets.find((t) => t.name === 'API under load');

describe('the load mix', () => {
  it('reads what users read, filtered by what the ledger holds', () => {
    const requests = loadRequests({ ...CHOICES, dyad: ['RUS', 'UKR'] });
    expect(requests.map((r) => r.name)).toEqual(['events page', 'events + text', 'dyad events', 'dyads', 'actors', 'stats', 'digest', 'healthz']);
    const paths = Object.fromEntries(requests.map((r) => [r.name, r.path]));
    expect(paths['events page']).toBe('/api/events?country=RUS&category=CONSULT&since=2024-03-01&limit=50');
    expect(paths['events + text']).toContain('&text=talks&');
    expect(paths['dyad events']).toBe('/api/events?dyad=RUS%2CUKR&limit=50');
    expect(paths.actors).toBe('/api/actors?q=Vladimir+Putin&limit=20');
    expect(paths.digest).toBe('/api/digest?target=Vladimir+Putin&category=ACCUSE');
    expect(requests.every((r) => r.path.startsWith('/api/') || r.path === '/healthz')).toBe(true);
  });
});

describe('load figures', () => {
  it('takes autocannon\'s counts and latency, and answers per second over the whole run', () => {
    const histogram = { p50: 95, p99: 850, max: 1_203, mean: 120.5 };
    const result = {
      duration: 20.5, requests: { total: 8_200, sent: 8_250 }, latency: histogram, non2xx: 3, errors: 2, timeouts: 1,
      statusCodeStats: { 200: { count: 8_197 }, 400: { count: 3 } },
    } as unknown as autocannon.Result;
    const mix = [{ name: 'stats', path: '/api/stats', warmUpMs: 1, responses: 8_200, non2xx: 3, firstNon2xx: { status: 400, body: 'bad' } }];
    expect(loadFigures(result, mix, { seconds: 20, connections: 50 })).toEqual({
      host: '127.0.0.1', connections: 50, durationSeconds: 20, elapsedSeconds: 20.5, requestTimeoutSeconds: 10,
      requests: 8_200, sent: 8_250, requestsPerSecond: 400, latency: { p50Ms: 95, p99Ms: 850, maxMs: 1_203, meanMs: 120.5 },
      non2xx: 3, statusCodes: { 200: 8_197, 400: 3 }, errors: 2, timeouts: 1, mix,
    });
  });

  it('skips the load test at 0 seconds without starting a server', async () => {
    const logs: string[] = [];
    const outcome = await loadStep({ ledger: {} as Ledger, requests: [], seconds: 0, connections: 50, log: (m) => logs.push(m) });
    expect(outcome).toEqual({ status: 'skipped' });
    expect(logs).toEqual([]);
  });

  it('reports a load test that could not run instead of throwing', async () => {
    // A ledger that cannot be read: buildServer fails, and the section's other figures must still print.
    const broken = { get db(): never { throw new Error('no ledger here'); } } as unknown as Ledger;
    const logs: string[] = [];
    const outcome = await loadStep({ ledger: broken, requests: [], seconds: 1, connections: 1, log: (m) => logs.push(m) });
    expect(outcome).toEqual({ status: 'failed', message: 'no ledger here' });
    expect(logs).toEqual(['load: failed: no ledger here']);
  });
});

describe('load report lines', () => {
  it('prints how it ran, requests/s, non-2xx, errors and timeouts, latency and each request', () => {
    const text = formatLoad(load()).join('\n');
    expect(text).toMatch(/load +autocannon, 50 connections for 20\.00 s \(20\.40 s ran\) against the API on 127\.0\.0\.1, each connection cycling through 2 reads; 10 s timeout/);
    expect(text).toMatch(/requests +8,240 answered, 412 req\/s \(8,290 sent\); non-2xx 0, errors 0, timeouts 0; 200 ×8,240/);
    expect(text).toMatch(/latency +p50 95\.0 ms, p99 850\.0 ms, max 1203\.0 ms \(mean 120\.5 ms\)/);
    expect(text).toMatch(/ {4}stats +1,029 answered, 0 non-2xx; 80\.1 ms alone {2}\/api\/stats/);
  });

  it('names the first failure of a request, and says when the test was skipped or failed', () => {
    const failing = load({
      non2xx: 2, statusCodes: { 200: 8_238, 500: 2 },
      mix: [{ name: 'stats', path: '/api/stats', warmUpMs: 1, responses: 10, non2xx: 2, firstNon2xx: { status: 500, body: '{"error":\n"Internal"}' } }],
    });
    const text = formatLoad(failing).join('\n');
    expect(text).toContain('200 ×8,238, 500 ×2');
    expect(text).toContain('2 non-2xx; 1.0 ms alone  /api/stats; first non-2xx: 500 {"error": "Internal"}');
    expect(formatLoad({ status: 'skipped' })).toEqual(['  load           skipped (--load-seconds 0)']);
    expect(formatLoad({ status: 'failed', message: 'listen EADDRINUSE' })).toEqual(['  load           FAILED — listen EADDRINUSE']);
  });
});

describe('the load target', () => {
  it('passes with no error and no non-2xx answer, and prints req/s and p99 beside the verdict', () => {
    expect(loadTarget(load())).toMatchObject({ verdict: 'PASS', value: 0, note: '412 req/s, p99 850.0 ms' });
    const report = reportOf([ledger(load())]);
    const text = formatTextReport(report);
    expect(text).toMatch(/\[PASS\] API under load +0 failed requests +target: no error, timeout or non-2xx answer with 50 clients reading for 20 s .*; measured 412 req\/s, p99 850\.0 ms\n/);
    expect(text).toContain('  requests       8,240 answered, 412 req/s');
    expect(report.assessment.warnings).toEqual([]);
  });

  it('misses on a non-2xx answer, an error or a timeout', () => {
    expect(loadTarget(load({ non2xx: 1 }))).toMatchObject({ verdict: 'MISS', value: 1 });
    expect(loadTarget(load({ errors: 3, timeouts: 3 }))).toMatchObject({ verdict: 'MISS', value: 3 });
    expect(loadTarget(load({ requests: 0, errors: 50, timeouts: 50 }))).toMatchObject({ verdict: 'MISS', value: 50 });
  });

  it('is not measured when skipped, failed or without any answer, and warns when it ran lighter than the target', () => {
    expect(loadTarget({ status: 'skipped' })).toMatchObject({ verdict: 'n/a', value: null });
    expect(loadTarget({ status: 'skipped' })?.note).toBeUndefined();
    expect(loadTarget({ status: 'failed', message: 'boom' })?.verdict).toBe('n/a');
    expect(assess([ledger({ status: 'failed', message: 'boom' })]).warnings).toEqual(['load: the load test failed: boom']);
    expect(loadTarget(load({ requests: 0 }))?.verdict).toBe('n/a');
    expect(assess([ledger(load({ connections: 4, durationSeconds: 2 }))]).warnings)
      .toEqual(['load: 4 connections for 2 s; the target is meant for 50 for 20 s']);
    expect(assess([]).targets.find((t) => t.name === 'API under load')?.verdict).toBe('n/a');
  });
});
