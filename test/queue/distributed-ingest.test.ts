// Issue #5, distributed ingest: three worker processes (the built CLI) taking a generated
// corpus from the queue give the ledger that one `attache ingest` process gives, compared by
// content: documents, actors, events with their coded fields, clusters as sets of event keys.
// Needs a PostgreSQL server (scripts/with-postgres.sh); skipped on PGlite.
import { afterAll, describe, expect, it } from 'vitest';
import { onServer } from '../ledger-under-test.js';
import {
  createDatabase, dropDatabases, hasBuild, ledgerContent, runCliProcess, startWorkers, stopWorkers, waitForQueueDrained, writeCorpus,
} from './queue-harness.js';

/** The 2,000 articles; ATTACHE_QUEUE_TEST_ARTICLES=N for a quicker run. */
const ARTICLES = Number(process.env.ATTACHE_QUEUE_TEST_ARTICLES ?? 2000);
const WORKERS = 3;

describe.skipIf(!onServer() || !hasBuild)(`attache ingest --queue with ${WORKERS} workers (${ARTICLES} articles)`, () => {
  afterAll(dropDatabases);

  it('stores what a single-process ingest stores, each article once', async () => {
    const corpus = await writeCorpus(ARTICLES);
    const reference = await createDatabase('reference');
    const queued = await createDatabase('queued');

    const single = await runCliProcess(reference, ['ingest', corpus], 300_000);
    expect(single.code, single.stderr).toBe(0);

    const enqueued = await runCliProcess(queued, ['ingest', '--queue', corpus]);
    expect(enqueued.code, enqueued.stderr).toBe(0);
    expect(enqueued.stderr).toContain(`${ARTICLES} queued, 0 already queued, 0 already stored, 0 failed`);
    expect(enqueued.stderr).toMatch(/enqueue: 50% /);
    // The same articles again are the same jobs: nothing new to do.
    const again = await runCliProcess(queued, ['ingest', '--queue', corpus]);
    expect(again.stderr).toContain(`0 queued, ${ARTICLES} already queued`);

    const workers = startWorkers(queued, WORKERS);
    const status = await waitForQueueDrained(queued, ARTICLES, 300_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${workers.map((w) => w.output()).join('\n---\n')}`);
    });
    const runs = await stopWorkers(workers);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/worker: stopped after \d+ done and 0 failed/);
    }
    expect(status).toMatchObject({ completed: ARTICLES, failed: 0, deadLetterCount: 0 });

    const [distributed, expected] = [await ledgerContent(queued), await ledgerContent(reference)];
    expect(distributed.documents).toHaveLength(ARTICLES);
    expect(expected.events.length).toBeGreaterThan(ARTICLES);
    expect(distributed.documents).toEqual(expected.documents);
    expect(distributed.actors).toEqual(expected.actors);
    expect(distributed.events).toEqual(expected.events);
    expect(distributed.clusters).toEqual(expected.clusters);

    // Everything stored: enqueuing the corpus again finds it in the ledger.
    const jobs = await runCliProcess(queued, ['jobs', '--json']);
    expect(jobs.code, jobs.stderr).toBe(0);
    expect(JSON.parse(jobs.stdout)).toMatchObject({ queue: 'attache-ingest', created: 0, active: 0, retry: 0, completed: ARTICLES, failed: 0 });
  }, 600_000);
});
