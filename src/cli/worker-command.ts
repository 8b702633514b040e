// `attache worker [--concurrency N]`: takes documents from the ingest queue (filled by
// `attache ingest --queue`), codes them and stores each in the ledger in one transaction. Run
// as many as there are cores to spare, on as many machines as share the PostgreSQL server.
// SIGTERM or SIGINT: no more jobs are taken, the ones under way are finished, and the worker
// exits 0; a second signal releases them at once (another worker retries them).
import { Command } from 'commander';
import type PgBoss from 'pg-boss';
import { Ledger } from '../ledger/ledger.js';
import { redact } from '../ledger/database.js';
import { INGEST_QUEUE, closeIngestQueue, openIngestQueue } from '../queue/ingest-queue.js';
import { processDocumentJob } from '../queue/process-document.js';
import type { DocumentOutcome } from '../queue/process-document.js';
import { JobsUnderWay, releaseJobs, workIngestQueue } from '../queue/worker-loop.js';
import { createCodingPool, defaultWorkerCount } from '../workers/coding-pool.js';
import { queueDatabaseUrl, reportLine, wholeNumber } from './queue-options.js';
import { parseWorkers } from './workers-option.js';
import { messageOf } from '../error-message.js';

/** Seconds between the worker's summary lines while it has work. */
const REPORT_SECONDS = 10;

function originOf(job: PgBoss.Job<unknown>): string {
  const data = job.data as { origin?: unknown; id?: unknown } | null;
  return typeof data?.origin === 'string' ? data.origin : typeof data?.id === 'string' ? data.id : `job ${job.id}`;
}


/** The coding threads for `--concurrency N` when `--workers` is not given: one per job under way, up to the cores. */
function defaultThreads(concurrency: number): number {
  return concurrency > 1 ? Math.min(concurrency, defaultWorkerCount()) : 0;
}

export function workerCommand(): Command {
  const command = new Command('worker')
    .description('take articles from the ingest queue (attache ingest --queue), code them and store them in the ledger; needs DATABASE_URL')
    .option('--concurrency <n>', 'articles under way at once', wholeNumber(1, 64), 1)
    .option('--workers <n>', 'threads that code articles (0: the main thread; default: 0 for one article at a time, else one per article under way up to the cores)', parseWorkers)
    .option('--poll-seconds <seconds>', 'how often an idle worker asks the queue for work', wholeNumber(1, 3600), 2)
    .option('--maintenance-seconds <seconds>', 'how often the workers (one at a time) give expired jobs back to the queue and archive finished ones', wholeNumber(1, 86_400), 60);
  command.action(async (options: { concurrency: number; workers?: number; pollSeconds: number; maintenanceSeconds: number }) => {
    const url = queueDatabaseUrl(command, 'worker');
    const stop = new AbortController();
    const underWay = new JobsUnderWay();
    let boss: PgBoss | null = null;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (!stop.signal.aborted) {
        reportLine(`worker: ${signal}: finishing the ${underWay.list().length} article(s) under way, then stopping (again to stop at once)`);
        stop.abort();
        return;
      }
      reportLine(`worker: ${signal} again: releasing the articles under way to other workers`);
      const release = boss ? releaseJobs(boss, underWay.list(), `worker stopped (${signal}) while working on it`) : Promise.resolve();
      // The work under way cannot be interrupted (coding is synchronous): end the process;
      // the server rolls back an open transaction when its connection goes.
      void release.catch(() => {}).finally(() => process.exit(0));
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    const ledger = await Ledger.open({ url });
    const pool = createCodingPool(options.workers ?? defaultThreads(options.concurrency));
    try {
      boss = await openIngestQueue(url, {
        maintain: true,
        maintenanceSeconds: options.maintenanceSeconds,
        onError: (error) => reportLine(`worker: queue: ${error.message}`),
      });
      reportLine(`worker: taking articles from ${INGEST_QUEUE} in ${redact(url)}, ${options.concurrency} at a time`);
      const totals = { stored: 0, unchanged: 0, events: 0, failed: 0 };
      let reported = Date.now();
      const reportNow = (): void => {
        reportLine(`worker: ${totals.stored} stored (${totals.events} events), ${totals.unchanged} already stored, ${totals.failed} failed`);
        reported = Date.now();
      };
      const run = await workIngestQueue<DocumentOutcome>(
        boss, (data) => processDocumentJob(ledger, pool, data), { concurrency: options.concurrency, pollSeconds: options.pollSeconds },
        stop.signal,
        {
          onDone: (_job, outcome) => {
            if (outcome.status === 'unchanged') totals.unchanged += 1;
            else totals.stored += 1;
            totals.events += outcome.events;
            if (Date.now() - reported > REPORT_SECONDS * 1000) reportNow();
          },
          onFailed: (job, error) => {
            totals.failed += 1;
            reportLine(`error: ${originOf(job)}: not stored (the queue retries it): ${messageOf(error)}`);
          },
          onUnrecorded: (job, error) => reportLine(`worker: ${originOf(job)}: its end could not be recorded (it will run again): ${messageOf(error)}`),
        },
        underWay,
      );
      reportNow();
      reportLine(`worker: stopped after ${run.done} done and ${run.failed} failed`);
    } finally {
      if (boss) await closeIngestQueue(boss).catch(() => {});
      await pool.close();
      await ledger.close();
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
  });
  return command;
}
