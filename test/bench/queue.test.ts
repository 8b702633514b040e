// The queue section of the benchmark: its option, its place among the sections, what it
// reports without a PostgreSQL server, how its figures are printed and checked, and when the
// queue counts as drained. (A run on a server needs the built CLI and DATABASE_URL; the last
// test does a tiny one when both are there.)
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../../src/bench/cli-process.js';
import { DEFAULT_QUEUE_ARTICLES, parseBenchOptions, USAGE } from '../../src/bench/options.js';
import { isQueueDrained } from '../../src/bench/queue-drain.js';
import { NO_POSTGRES_REASON, queueNotMeasured, queueScaling, type QueueMeasured, type QueueRun } from '../../src/bench/queue-figures.js';
import { formatTextReport, type BenchReport } from '../../src/bench/report.js';
import { BENCH_SECTIONS, QUEUE_SECTION, selectSections, type BenchContext } from '../../src/bench/sections.js';
import { assess } from '../../src/bench/targets.js';
import { onServer } from '../ledger-under-test.js';

function context(articles: number): BenchContext {
  return {
    corpus: { sentences: 1_000, seed: 'attache-bench-queue' },
    warmUpSentences: 0,
    threadWarmUpSentences: 0,
    ledger: { articles: 1, minEvents: 0, queryRuns: 1, workers: 0, loadSeconds: 0, loadConnections: 1 },
    queue: { articles },
    progress: () => ({ update: () => undefined, finish: () => undefined }),
    log: () => undefined,
  };
}

function report(sections: BenchReport['sections']): string {
  return formatTextReport({
    startedAt: '2026-01-01T00:00:00Z',
    environment: { node: 'v20', platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'test', totalMemory: 1 },
    corpus: { sentences: 1_000, seed: 'attache-bench-queue', warmUpSentences: 0 },
    sections,
    failures: [],
    assessment: assess(sections),
  });
}

function run(workers: number, seconds: number, documents = 600, events = 6_000): QueueRun {
  return {
    workers, enqueueSeconds: 1.5, seconds, firstStoredSeconds: workers === 4 ? null : 1.25, documents, events, failedJobs: 0,
    articlesPerSecond: documents / seconds, eventsPerSecond: events / seconds,
  };
}

function measured(runs: QueueRun[]): QueueMeasured {
  return {
    kind: 'queue', status: 'measured', name: 'queue', title: 'queue — test',
    corpus: { seed: 'attache-bench-queue:queue', articles: 600, sentences: 7_000, bytes: 2 * 1024 * 1024 },
    workerCommand: 'attache worker --concurrency 1 --workers 0', workerDescription: 'one process, one article at a time',
    server: 'PostgreSQL 15.0 at postgres://attache@127.0.0.1:5432/postgres', runs,
  };
}

describe('the queue section', () => {
  it('takes --queue-articles, with a default, and refuses what is not a positive integer', () => {
    expect(parseBenchOptions([]).queue.articles).toBe(DEFAULT_QUEUE_ARTICLES);
    expect(parseBenchOptions(['--queue-articles', '300']).queue.articles).toBe(300);
    expect(parseBenchOptions(['--queue-articles', '1,200']).queue.articles).toBe(1_200);
    expect(() => parseBenchOptions(['--queue-articles', '0'])).toThrow(/--queue-articles must be a positive integer/);
    expect(() => parseBenchOptions(['--queue-articles', 'many'])).toThrow(/--queue-articles/);
    expect(USAGE).toMatch(/--only A,B .*queue/);
    expect(USAGE).toContain('--queue-articles N');
  });

  it('is selected by --only queue and runs after the threads, before the ledger', () => {
    expect(selectSections(['queue'])).toEqual([QUEUE_SECTION]);
    const names = BENCH_SECTIONS.map((s) => s.name);
    expect(names.indexOf('queue')).toBe(names.indexOf('threads') + 1);
    expect(names.indexOf('queue')).toBe(names.indexOf('ledger') - 1);
  });

  it('without DATABASE_URL is not measured, says how to measure it, and fails nothing', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const figures = await QUEUE_SECTION.run(context(10));
      expect(figures).toEqual(queueNotMeasured('queue', QUEUE_SECTION.title));
      const text = report([figures]);
      expect(text).toContain(QUEUE_SECTION.title);
      expect(text).toMatch(/not measured {3}no PostgreSQL: set DATABASE_URL, or run `scripts\/with-postgres\.sh npm run bench -- --only queue`/);
      expect(assess([figures]).warnings).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
    expect(NO_POSTGRES_REASON).toContain('DATABASE_URL');
  });

  it('prints each worker count with its articles/s, events/s and its scaling over one worker', () => {
    const figures = measured([run(1, 10), run(2, 6), run(4, 5)]);
    expect(queueScaling(figures.runs, figures.runs[2]!)).toBeCloseTo(2, 6);
    const text = report([figures]);
    expect(text).toMatch(/ 1 worker +60 articles\/s, 600 events\/s \(10\.00 s\); stored 600 documents, 6,000 events; first stored after 1\.25 s; enqueue 1\.50 s/);
    expect(text).toMatch(/ 2 workers +100 articles\/s, 1,000 events\/s \(6\.00 s, 1\.67× 1 worker\)/);
    expect(text).toMatch(/ 4 workers +120 articles\/s, 1,200 events\/s \(5\.00 s, 2\.00× 1 worker\); stored 600 documents, 6,000 events; first stored after n\/a;/);
    expect(text).toContain('attache worker --concurrency 1 --workers 0: one process, one article at a time');
    expect(assess([figures]).warnings).toEqual([]);
  });

  it('warns when the runs stored different ledgers, or not every article, or jobs failed', () => {
    const figures = measured([run(1, 10), run(2, 6, 600, 5_990), { ...run(4, 5, 599), failedJobs: 1 }]);
    const warnings = assess([figures]).warnings;
    expect(warnings).toContain('queue: 4 workers stored 599 documents of the 600 enqueued');
    expect(warnings).toContain('queue: 4 workers: 1 jobs failed for good; their articles are not stored');
    expect(warnings.find((w) => w.startsWith('queue: the runs stored different ledgers'))).toContain('2 workers 600 documents and 5,990 events');
    expect(report([figures])).toContain('  ! queue: the runs stored different ledgers');
  });

  it('counts the queue drained only when no job waits, runs or waits for a retry and all have ended', () => {
    const done = { created: 0, active: 0, retry: 0, completed: 10, failed: 0 };
    expect(isQueueDrained(done, 10)).toBe(true);
    expect(isQueueDrained({ ...done, completed: 9, failed: 1 }, 10)).toBe(true);
    expect(isQueueDrained({ ...done, completed: 9 }, 10)).toBe(false);
    expect(isQueueDrained({ ...done, active: 1 }, 10)).toBe(false);
    expect(isQueueDrained({ ...done, created: 1 }, 10)).toBe(false);
    expect(isQueueDrained({ ...done, retry: 1 }, 10)).toBe(false);
  });

  it.skipIf(!onServer() || !existsSync(CLI_PATH.replace(/bin[/\\]attache\.js$/, 'dist/cli/main.js')))(
    'on a server, drains a tiny corpus with 1, 2 and 4 workers and stores it whole each time', async () => {
      const figures = await QUEUE_SECTION.run(context(12));
      expect(figures.kind).toBe('queue');
      if (figures.kind !== 'queue' || figures.status !== 'measured') throw new Error(`not measured: ${JSON.stringify(figures)}`);
      expect(figures.runs.map((r) => r.workers)).toEqual([1, 2, 4]);
      for (const r of figures.runs) {
        expect(r).toMatchObject({ documents: 12, failedJobs: 0, events: figures.runs[0]!.events });
        expect(r.articlesPerSecond).toBeCloseTo(12 / r.seconds, 6);
      }
      expect(figures.runs[0]!.events).toBeGreaterThan(0);
      expect(assess([figures]).warnings).toEqual([]);
    }, 300_000);
});
