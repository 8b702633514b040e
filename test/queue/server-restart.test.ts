// Issue #5, distributed ingest through a PostgreSQL restart: the workers lose every connection
// (pg-boss's and the ledger's), reconnect, and finish; nothing is lost or stored twice. Needs
// the server scripts/with-postgres.sh starts (it exports how to restart it); the restart
// reaches every database on that server, so test/queue runs with --no-file-parallelism.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { onServer } from '../ledger-under-test.js';
import {
  countRows, createDatabase, dropDatabases, hasBuild, ledgerContent, runCliProcess, startWorkers, stopWorkers, waitForQueueDrained,
  waitUntil, writeCorpus,
} from './queue-harness.js';

const { ATTACHE_PG_CTL: pgCtl, ATTACHE_PG_DATA: pgData, ATTACHE_PG_LOG: pgLog, ATTACHE_PG_OS_USER: pgUser } = process.env;

function restartServer(): void {
  const command = [pgCtl!, '-D', pgData!, '-l', pgLog!, '-m', 'fast', '-w', 'restart'];
  const [file, ...args] = pgUser ? ['runuser', '-u', pgUser, '--', ...command] : command;
  execFileSync(file!, args, { stdio: 'ignore', timeout: 60_000 });
}

// Without scripts/with-postgres.sh's variables there is no server this test may restart.
describe.skipIf(!onServer() || !hasBuild || !pgCtl || !pgData || !pgLog)('queue workers through a PostgreSQL restart', () => {
  afterAll(dropDatabases);

  it('reconnect after the restart and finish: the ledger equals a single-process ingest', async () => {
    const articles = 300;
    const corpus = await writeCorpus(articles, 'attache-queue-restart');
    const reference = await createDatabase('restart_reference');
    const queued = await createDatabase('restart_queued');
    expect((await runCliProcess(reference, ['ingest', corpus], 180_000)).code).toBe(0);
    expect((await runCliProcess(queued, ['ingest', '--queue', '--expire-seconds', '10', '--retry-delay', '1', '--retry-limit', '5', corpus])).code).toBe(0);

    const workers = startWorkers(queued, 3);
    await waitUntil(async () => await countRows(queued, 'select count(*) from documents') >= articles / 4, 120_000, 'a quarter of the articles');
    restartServer();
    const afterRestart = await countRows(queued, 'select count(*) from documents');
    expect(afterRestart).toBeLessThan(articles);

    await waitForQueueDrained(queued, articles, 180_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${workers.map((w) => w.output()).join('\n---\n')}`);
    });
    const runs = await stopWorkers(workers);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/worker: stopped after \d+ done/);
    }
    // The restart did reach them: their connections were cut (and reported, not fatal).
    expect(runs.map((run) => run.stderr).join('\n')).toMatch(/terminat|shutting down|ECONNREFUSED|connection/i);
    expect(await countRows(queued, `select count(*) from pgboss.job where name = 'attache-ingest' and state <> 'completed'`)).toBe(0);
    expect(await ledgerContent(queued)).toEqual(await ledgerContent(reference));
  }, 480_000);
});
