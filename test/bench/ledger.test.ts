// The ledger section of the benchmark: a tiny end-to-end run (JSONL corpus → embedded ledger →
// queries and digest → report and targets), and the small parts it is built from.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantile, summariseLatency, timeRepeated } from '../../src/bench/latency.js';
import type { LedgerFigures } from '../../src/bench/ledger-figures.js';
import { LedgerProfile, mostFrequent } from '../../src/bench/ledger-profile.js';
import { searchWordCandidates } from '../../src/bench/ledger-queries.js';
import { createProgress } from '../../src/bench/progress.js';
import { formatTextReport } from '../../src/bench/report.js';
import { LEDGER_SECTION, type BenchContext } from '../../src/bench/sections.js';
import { assess } from '../../src/bench/targets.js';
import { withTempDir } from '../../src/bench/temp-dir.js';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import type { ActorRecord, EventRecord, PloverCategory } from '../../src/types.js';
import { reportOf } from './report-of.js';

const ARTICLES = 30;
/** More than 30 generated articles give, so that the run also grows the ledger. */
const MIN_EVENTS = 400;
const RUNS = 3;

function actor(country: string | null, name: string | null = null): ActorRecord {
  return { text: name ?? country ?? 'someone', name, country, sector: name ? null : 'GOV', role: null };
}

function event(source: ActorRecord, target: ActorRecord | null, plover: PloverCategory, date: string | null, text = 'It happened.'): EventRecord {
  return {
    doc: 'd', sentence: 0, date, source, target, plover, mode: null, context: [], cameo: '040', quad: 'verbal-cooperation',
    goldstein: 1, channel: null, evidence: { text, start: 0, end: text.length }, confidence: 0.9,
  };
}

describe('ledger section, end to end on a tiny corpus', () => {
  it('ingests every generated article, grows the ledger, times the queries and the digest, and cleans up', async () => {
    const logs: string[] = [];
    const context: BenchContext = {
      corpus: { sentences: 1_000, seed: 'attache-bench-1' },
      warmUpSentences: 0,
      threadWarmUpSentences: 0,
      // A real load test, short and light: it checks that every request of the mix is answered 2xx.
      ledger: { articles: ARTICLES, minEvents: MIN_EVENTS, queryRuns: RUNS, workers: 1, loadSeconds: 2, loadConnections: 4 },
      progress: () => ({ update: () => undefined, finish: () => undefined }),
      log: (message) => logs.push(message),
    };
    const figures = await LEDGER_SECTION.run(context);
    expect(figures.kind).toBe('ledger');
    if (figures.kind !== 'ledger') return;

    expect(figures.corpus.articles).toBe(ARTICLES);
    expect(figures.corpus.bytes).toBeGreaterThan(0);
    expect(figures.ingest).toMatchObject({ articles: ARTICLES, added: ARTICLES, unchanged: 0, failed: 0 });
    expect(figures.ingest.events).toBeGreaterThan(0);
    expect(figures.ingest.sentences).toBe(figures.corpus.sentences);
    expect(figures.ingest.articlesPerSecond).toBeGreaterThan(0);
    expect(figures.ingest.codingSeconds + figures.ingest.ledgerSeconds).toBeLessThanOrEqual(figures.ingest.seconds);
    expect(figures.ingest.peakRss).toBeGreaterThan(0);

    // 30 articles hold ~320 events: the section adds articles until the ledger holds 400.
    expect(figures.growth?.added).toBeGreaterThan(0);
    expect(figures.ledgerEvents).toBeGreaterThanOrEqual(MIN_EVENTS);
    expect(figures.ledgerEvents).toBe(figures.ingest.events + (figures.growth?.events ?? 0));
    expect(figures.ledgerArticles).toBe(ARTICLES + (figures.growth?.added ?? 0));
    expect(figures.dataBytes).toBeGreaterThan(0);

    expect(figures.queries.map((q) => q.name)).toEqual(['events page', 'events page + text', 'count', 'dyad page', 'digest']);
    for (const q of figures.queries) {
      expect(q.latency.runs).toBe(RUNS);
      expect(q.latency.medianMs).toBeGreaterThan(0);
      expect(q.latency.p95Ms).toBeGreaterThanOrEqual(q.latency.medianMs);
      // Every filter is chosen from what the ledger holds, so every query finds something.
      expect(q.events, q.name).toBeGreaterThan(0);
    }

    // The load test ran on the loopback address, and every request of the mix was answered 2xx.
    expect(figures.load.status).toBe('ran');
    if (figures.load.status === 'ran') {
      expect(figures.load).toMatchObject({ host: '127.0.0.1', connections: 4, durationSeconds: 2, non2xx: 0, errors: 0, timeouts: 0 });
      expect(figures.load.requests).toBeGreaterThan(0);
      expect(figures.load.statusCodes).toEqual({ 200: figures.load.requests });
      for (const r of figures.load.mix) {
        expect(r.responses, r.name).toBeGreaterThan(0);
        expect(r.firstNon2xx, r.name).toBeNull();
      }
    }

    // The temporary folder (corpus and data) is gone.
    const dir = /in (\S+)$/.exec(logs[0] ?? '')?.[1];
    expect(dir).toMatch(/attache-bench-ledger-/);
    expect(existsSync(dir ?? '')).toBe(false);

    const assessment = assess([figures]);
    const verdicts = Object.fromEntries(assessment.targets.map((t) => [t.name, t.verdict]));
    expect(verdicts['ledger ingest']).toMatch(/PASS|MISS/);
    expect(verdicts['events page']).toMatch(/PASS|MISS/);
    expect(verdicts['API under load']).toBe('PASS');
    expect(verdicts['coder throughput']).toBe('n/a');
    const report = reportOf([figures], assessment);
    const text = formatTextReport(report);
    expect(text).toMatch(/throughput +\d+ articles\/s/);
    expect(text).toMatch(/events page +\d+\.\d ms +\d+\.\d ms/);
    expect(text).toMatch(/\[(PASS|MISS)\] ledger ingest/);
    expect(text).toMatch(/\[(PASS|MISS)\] events page +\d+\.\d ms/);
    expect(text).toMatch(/\[PASS\] API under load +0 failed requests .*measured [\d,]+ req\/s, p99 \d+\.\d ms/);
  }, 120_000);
});

describe('assessing the ledger figures', () => {
  function figures(articlesPerSecond: number, pageMs: number): LedgerFigures {
    const latency = { runs: 20, warmUpRuns: 2, medianMs: pageMs, p95Ms: pageMs * 1.5, minMs: pageMs / 2, maxMs: pageMs * 2 };
    const ingest = {
      articles: 5_000, added: 5_000, unchanged: 0, failed: 0, errors: [], events: 60_000, sentences: 125_000, seconds: 50,
      codingSeconds: 20, ledgerSeconds: 28, articlesPerSecond, eventsPerSecond: 1_200, rssAtStart: 1e8, peakRss: 2e8,
      peakHeapUsed: 1e8, memorySamples: 100,
    };
    return {
      kind: 'ledger', name: 'ledger', title: 'ledger', corpus: { seed: 's', articles: 5_000, sentences: 125_000, eventSentences: 60_000, bytes: 1e7 },
      setupSeconds: 1, workers: 2, ingest, growth: { ...ingest, files: 1 }, minEvents: 100_000, ledgerEvents: 120_000, ledgerArticles: 10_000,
      dataBytes: 1e9, choices: { country: 'RUS', category: 'CONSULT', since: '2024-01-01', dyad: ['RUS', 'UKR'], targetActor: 'X', targetCategory: 'AGREE', searchWord: 'talks' },
      queries: [{ name: 'events page', description: 'd', latency, events: 50, result: '50 of 100 matching' }], load: { status: 'skipped' },
      peakRss: 3e8, wallSeconds: 100,
    };
  }

  it('passes an ingest of at least 100 articles/s and a page of at most 50 ms, and misses otherwise', () => {
    const verdicts = (f: LedgerFigures): string[] => assess([f]).targets.filter((t) => t.name.startsWith('ledger') || t.name === 'events page').map((t) => t.verdict);
    expect(verdicts(figures(150, 12))).toEqual(['PASS', 'PASS']);
    expect(verdicts(figures(40, 80))).toEqual(['MISS', 'MISS']);
    expect(verdicts(figures(100, 50))).toEqual(['PASS', 'PASS']);
    expect(assess([figures(150, 12)]).warnings).toEqual([]);
  });

  it('warns when the ledger is smaller than asked for or articles failed', () => {
    const small = { ...figures(150, 12), ledgerEvents: 500 };
    expect(assess([small]).warnings.join('\n')).toMatch(/holds 500 events, fewer than the 100,000 asked for/);
    const failing = figures(150, 12);
    failing.ingest = { ...failing.ingest, added: 4_999, failed: 1, errors: ['corpus.jsonl:7: invalid JSON'] };
    expect(assess([failing]).warnings.join('\n')).toMatch(/1 articles failed to ingest \(first: corpus\.jsonl:7/);
  });
});

describe('latency', () => {
  it('takes nearest-rank quantiles, never interpolating', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    expect(quantile(sorted, 0.5)).toBe(10);
    expect(quantile(sorted, 0.95)).toBe(19);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(summariseLatency([5, 1, 3], 2)).toEqual({ runs: 3, warmUpRuns: 2, medianMs: 3, p95Ms: 5, minMs: 1, maxMs: 5 });
  });

  it('runs the operation warm-up + timed times and keeps the last result', async () => {
    let calls = 0;
    const { latency, last } = await timeRepeated(async () => ++calls, 4, 2);
    expect(calls).toBe(6);
    expect(last).toBe(6);
    expect(latency.runs).toBe(4);
    await expect(timeRepeated(async () => 0, 0, 0)).rejects.toThrow(/runs/);
  });
});

describe('ledger profile', () => {
  it('chooses the busiest state, its category, a median month, the busiest dyad and named target', () => {
    const profile = new LedgerProfile();
    const putin = actor('RUS', 'Vladimir Putin');
    profile.add([
      event(actor('RUS'), actor('UKR'), 'ACCUSE', '2024-01-03'),
      event(actor('UKR'), actor('RUS'), 'ACCUSE', '2024-02-10'),
      event(actor('RUS'), actor('CHN'), 'CONSULT', '2024-03'),
      event(actor('CHN'), putin, 'CONSULT', '2024-04-01'),
      event(actor('TUR'), putin, 'CONSULT', null),
      event(actor('FRA'), null, 'AGREE', '2025'),
      // International organisations are no country to filter by, however busy.
      ...Array.from({ length: 6 }, () => event(actor('IGO', 'UN Security Council'), null, 'REQUEST', null)),
    ]);
    expect(profile.choices()).toEqual({
      country: 'RUS', category: 'CONSULT', since: '2024-03-01', dyad: ['CHN', 'RUS'],
      targetActor: 'Vladimir Putin', targetCategory: 'CONSULT',
    });
  });

  it('says why when the ledger has nothing to query', () => {
    expect(() => new LedgerProfile().choices()).toThrow(/0 events/);
  });

  it('breaks ties by the smaller key, so the same ledger gives the same queries', () => {
    expect(mostFrequent(new Map([['UKR', 2], ['FRA', 2], ['RUS', 1]]))).toBe('FRA');
    expect(mostFrequent(new Map())).toBeNull();
  });
});

describe('search word', () => {
  it('picks words of the evidence, most frequent first, leaving out stop words', () => {
    const evidence = (text: string): StoredEvent => ({ evidence: { text, start: 0, end: text.length } }) as StoredEvent;
    expect(searchWordCandidates([
      evidence('Russia condemned the strikes, which Ukraine denied.'),
      evidence('Ukraine condemned them; their talks ended.'),
    ]).slice(0, 2)).toEqual(['condemned', 'ukraine']);
  });
});

describe('progress and temporary folders', () => {
  it('counts in the unit it is given', () => {
    const written: string[] = [];
    const progress = createProgress({ label: 'ledger ingest', total: 10, unit: 'articles', stream: { isTTY: false, write: (t: string) => written.push(t) } });
    progress.update(10);
    progress.finish();
    expect(written.at(-1)).toMatch(/ledger ingest: 100%  10\/10 articles  [\d,]+ articles\/s/);
  });

  it('removes the folder when the work fails', async () => {
    let kept = '';
    await expect(withTempDir('attache-bench-test-', async (dir) => {
      kept = dir;
      await writeFile(join(dir, 'x.jsonl'), '{}\n');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(kept).not.toBe('');
    expect(existsSync(kept)).toBe(false);
  });
});
