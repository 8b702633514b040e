// Issue #5, distributed ingest when things go wrong: a worker killed in the middle of its jobs
// (they expire, run again elsewhere, and the ledger still equals a single-process ingest), and
// a document the ledger always refuses (it lands in the dead-letter queue with its error; the
// others are stored). Needs a PostgreSQL server (scripts/with-postgres.sh); skipped on PGlite.
import { afterAll, describe, expect, it } from 'vitest';
import { makeBenchDocument } from '../../src/bench/corpus.js';
import { enqueueDocument } from '../../src/queue/enqueue.js';
import { BOSS_SCHEMA, closeIngestQueue, openIngestQueue } from '../../src/queue/ingest-queue.js';
import { onServer } from '../ledger-under-test.js';
import {
  TEST_WORKER_ARGS, countRows, createDatabase, dropDatabases, hasBuild, ledgerContent, runCliProcess, startCli, startWorkers, stopWorkers,
  waitForQueueDrained, waitUntil, writeCorpus,
} from './queue-harness.js';

/** Short expiry and retry delays, so that a dead worker's jobs come back within seconds. */
const QUICK_RETRY = ['--expire-seconds', '5', '--retry-delay', '1', '--no-retry-backoff'];

describe.skipIf(!onServer() || !hasBuild)('queue workers when things go wrong', () => {
  afterAll(dropDatabases);

  it('a worker killed with SIGKILL mid-job: its jobs expire and run again, and the ledger equals a single-process ingest', async () => {
    const articles = 300;
    const corpus = await writeCorpus(articles, 'attache-queue-kill');
    const reference = await createDatabase('kill_reference');
    const queued = await createDatabase('kill_queued');
    expect((await runCliProcess(reference, ['ingest', corpus], 180_000)).code).toBe(0);
    expect((await runCliProcess(queued, ['ingest', '--queue', ...QUICK_RETRY, '--retry-limit', '5', corpus])).code).toBe(0);

    // Three lanes in the victim: it holds jobs at practically every moment, so the kill lands mid-job.
    const victim = startCli(queued, [...TEST_WORKER_ARGS, '--concurrency', '3', '--workers', '0']);
    const others = startWorkers(queued, 2);
    await waitUntil(async () => victim.output().includes('worker: taking articles'), 60_000, 'the victim to start');
    await waitUntil(async () => await countRows(queued, 'select count(*) from documents') >= articles / 4, 120_000, 'a quarter of the articles');
    victim.child.kill('SIGKILL');
    expect((await victim.ended).signal).toBe('SIGKILL');

    await waitForQueueDrained(queued, articles, 180_000);
    const runs = await stopWorkers(others);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    // The jobs the victim held ran a second time (pg-boss counts the attempt in retry_count).
    expect(await countRows(queued, `select count(*) from ${BOSS_SCHEMA}.job where name = 'attache-ingest' and retry_count > 0`)).toBeGreaterThan(0);
    expect(await countRows(queued, `select count(*) from ${BOSS_SCHEMA}.job where name = 'attache-ingest' and state <> 'completed'`)).toBe(0);
    expect(await ledgerContent(queued)).toEqual(await ledgerContent(reference));
  }, 480_000);

  it('a document the ledger refuses lands in the dead-letter queue with its error; the others are stored', async () => {
    const articles = 30;
    const corpus = await writeCorpus(articles, 'attache-queue-poison');
    const queued = await createDatabase('poison');
    expect((await runCliProcess(queued, ['ingest', '--queue', ...QUICK_RETRY, '--retry-limit', '1', corpus])).code).toBe(0);
    // A date PostgreSQL refuses (there is no 30 February): coding works, storing always fails.
    // (The readers would have dropped such a date; a job is enqueued directly, as any program may.)
    const poison = { ...makeBenchDocument({ id: 'poison', title: 'Poison', published: '2026-02-30', text: 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday.' }), origin: 'poison.txt' };
    const boss = await openIngestQueue(queued, { maintain: false, onError: () => {} });
    try {
      const retry = { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false, expireSeconds: 60 };
      expect(await enqueueDocument({ boss, retry, isStored: async () => false }, poison)).toBe('queued');
    } finally {
      await closeIngestQueue(boss);
    }

    const workers = startWorkers(queued, 2);
    const status = await waitForQueueDrained(queued, articles + 1, 120_000);
    const runs = await stopWorkers(workers);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const failures = runs.flatMap((run) => run.stderr.split('\n').filter((line) => line.startsWith('attache: error: poison.txt: not stored')));
    expect(failures).toHaveLength(2); // the first attempt and its one retry

    expect(status).toMatchObject({ completed: articles, failed: 1, deadLetterCount: 1 });
    expect(status.deadLetters).toHaveLength(1);
    expect(status.deadLetters[0]).toMatchObject({ document: 'poison', origin: 'poison.txt', contentHash: poison.contentHash });
    expect(status.deadLetters[0]!.error).toMatch(/date\/time field value out of range/);
    expect((await ledgerContent(queued)).documents).toHaveLength(articles);

    const jobs = await runCliProcess(queued, ['jobs']);
    expect(jobs.code, jobs.stderr).toBe(0);
    expect(jobs.stdout).toContain(`completed ${articles}, failed 1`);
    expect(jobs.stdout).toContain('dead letters: 1');
    expect(jobs.stdout).toMatch(/poison\.txt: date\/time field value out of range/);

    // Sent back: the dead letter goes, the document's job waits for one more attempt, and a
    // worker runs it (it fails again, this document always will, and is dead once more).
    const redrive = await runCliProcess(queued, ['jobs', '--retry-dead']);
    expect(redrive.code, redrive.stderr).toBe(0);
    expect(redrive.stderr).toContain('1 dead letter sent back to the ingest queue');
    expect(redrive.stdout).toContain('dead letters: 0');
    expect(await countRows(queued, `select count(*) from ${BOSS_SCHEMA}.job where name = 'attache-ingest' and state = 'retry'`)).toBe(1);
    const again = startWorkers(queued, 1);
    await waitUntil(async () => await countRows(queued, `select count(*) from ${BOSS_SCHEMA}.job where name = 'attache-ingest-dead'`) === 1, 60_000, 'the poison to die again');
    const [rerun] = await stopWorkers(again);
    expect(rerun!.stderr.split('\n').filter((line) => line.startsWith('attache: error: poison.txt: not stored'))).toHaveLength(1);
    expect((await ledgerContent(queued)).documents).toHaveLength(articles);

    // Once pg-boss has archived the failed job, the document is enqueued again under its id.
    const archived = `with moved as (delete from ${BOSS_SCHEMA}.job where name = 'attache-ingest' and state = 'failed' returning *),
      kept as (insert into ${BOSS_SCHEMA}.archive select moved.*, now() from moved returning 1) select count(*) from kept`;
    expect(await countRows(queued, archived)).toBe(1);
    const resend = await runCliProcess(queued, ['jobs', '--retry-dead']);
    expect(resend.code, resend.stderr).toBe(0);
    expect(resend.stderr).toContain('1 dead letter sent back to the ingest queue');
    expect(await countRows(queued, `select count(*) from ${BOSS_SCHEMA}.job where name = 'attache-ingest' and state = 'created' and data->>'origin' = 'poison.txt'`)).toBe(1);
  }, 300_000);
});
