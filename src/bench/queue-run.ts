// One run of the queue section: a fresh database on the server, the corpus enqueued with
// `attache ingest --queue` (timed on its own), then k `attache worker` processes started and
// timed until the queue is drained and every article is in the ledger, then stopped with
// SIGTERM as an operator stops them. Every wait is bounded and fails with what it saw; the
// database is dropped at the end whatever happened.
import { setTimeout as sleep } from 'node:timers/promises';
import { countEvents } from '../ledger/event-query.js';
import { Ledger } from '../ledger/ledger.js';
import { closeIngestQueue, openIngestQueue } from '../queue/ingest-queue.js';
import { readQueueStatus, type QueueStatus } from '../queue/queue-status.js';
import { messageOf } from '../error-message.js';
import { isRunning, runCliProcess, startCli, stopProcesses, tailOf, type CliProcess } from './cli-process.js';
import { Stopwatch } from './measure.js';
import { isQueueDrained } from './queue-drain.js';
import { QUEUE_WORKER_ARGS, type QueueRun } from './queue-figures.js';
import { createScratchDatabase, dropScratchDatabase, scratchDatabaseName } from './scratch-database.js';
import type { BenchContext } from './sections.js';

export interface QueueRunRequest {
  context: BenchContext;
  /** The server's URL (DATABASE_URL): only used to create and drop the run's database. */
  adminUrl: string;
  corpusPath: string;
  articles: number;
  workers: number;
}

/** How often the drain is checked: the run's time is known to about this. */
const POLL_MS = 200;
/** A worker told to stop finishes the one article it holds: seconds at most. */
const STOP_GRACE_MS = 15_000;
/** Generous bounds (a minute, plus far more per article than a slow machine needs), so that only a stuck run hits them. */
const enqueueTimeoutMs = (articles: number): number => 60_000 + articles * 50;
const drainTimeoutMs = (articles: number): number => 60_000 + articles * 250;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Enqueues the corpus with the built CLI; resolves to the seconds it took. */
async function enqueueCorpus(url: string, corpusPath: string, articles: number): Promise<number> {
  const timeoutMs = enqueueTimeoutMs(articles);
  const clock = new Stopwatch();
  const run = await runCliProcess(url, ['ingest', '--queue', corpusPath], timeoutMs);
  const seconds = clock.elapsedSeconds();
  if (run.signal !== null) throw new Error(`attache ingest --queue did not finish in ${timeoutMs / 1000} s (killed):\n${tailOf(run.stderr)}`);
  if (run.code !== 0) throw new Error(`attache ingest --queue exited with code ${run.code}:\n${tailOf(run.stderr)}`);
  // Its summary line: "... : N queued, N already queued, N already stored, N failed".
  const queued = /(\d+) queued, \d+ already queued/.exec(run.stderr)?.[1];
  if (Number(queued) !== articles) {
    throw new Error(`attache ingest --queue queued ${queued ?? 'an unknown number of'} articles of the ${articles} in the corpus:\n${tailOf(run.stderr)}`);
  }
  return seconds;
}

async function countDocuments(ledger: Ledger): Promise<number> {
  const [row] = await ledger.db.query<{ n: number }>('select count(*)::int as n from documents');
  return row?.n ?? 0;
}

function describeStatus(status: QueueStatus | null): string {
  if (status === null) return 'not read yet';
  return `${status.created} waiting, ${status.active} under way, ${status.retry} waiting for a retry, ${status.completed} completed, ${status.failed} failed`;
}

/** Throws when a worker ended on its own: it cannot have finished a queue it was never told to stop on. */
function checkStillRunning(workers: readonly CliProcess[]): void {
  const index = workers.findIndex((w) => !isRunning(w));
  if (index < 0) return;
  const { exitCode, signalCode } = workers[index]!.child;
  throw new Error(`attache worker ${index + 1} of ${workers.length} ended before the queue was drained `
    + `(${signalCode ?? `exit code ${exitCode}`}):\n${tailOf(workers[index]!.output())}`);
}

interface Drained {
  seconds: number;
  firstStoredSeconds: number | null;
  documents: number;
  status: QueueStatus;
}

/** Starts the workers and waits for the drain; the workers are left running for the caller to stop. */
async function drainWith(request: QueueRunRequest, url: string, ledger: Ledger, workers: CliProcess[]): Promise<Drained> {
  const { context, articles } = request;
  const boss = await openIngestQueue(url, { maintain: false, onError: (error) => context.log(`queue: pg-boss: ${error.message}`) });
  try {
    const timeoutMs = drainTimeoutMs(articles);
    const progress = context.progress(`queue ${plural(request.workers, 'worker')}`, articles, 'articles');
    const clock = new Stopwatch();
    for (let i = 0; i < request.workers; i++) workers.push(startCli(url, QUEUE_WORKER_ARGS));
    let status: QueueStatus | null = null;
    let documents = 0;
    let firstStoredSeconds: number | null = null;
    for (;;) {
      checkStillRunning(workers);
      status = await readQueueStatus(boss, 1);
      documents = await countDocuments(ledger);
      progress.update(documents);
      if (firstStoredSeconds === null && documents > 0) firstStoredSeconds = clock.elapsedSeconds();
      // A job that failed for good never stores its article: stop waiting, and let the warnings say so.
      if (isQueueDrained(status, articles) && (documents >= articles || status.failed > 0)) break;
      if (clock.elapsedMs() > timeoutMs) {
        throw new Error(`the queue was not drained ${timeoutMs / 1000} s after starting ${plural(request.workers, 'worker')}: `
          + `${documents} of ${articles} articles stored; jobs: ${describeStatus(status)}`);
      }
      await sleep(POLL_MS);
    }
    const seconds = clock.elapsedSeconds();
    progress.finish();
    return { seconds, firstStoredSeconds, documents, status };
  } finally {
    await closeIngestQueue(boss).catch(() => {});
  }
}

/** SIGTERM, as an operator stops workers; each must end on its own with exit code 0. */
async function stopWorkers(workers: readonly CliProcess[]): Promise<void> {
  const runs = await stopProcesses(workers, STOP_GRACE_MS);
  const index = runs.findIndex((run) => run.code !== 0);
  if (index < 0) return;
  const run = runs[index]!;
  const how = run.signal === 'SIGKILL' ? `did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM and was killed` : `ended with ${run.signal ?? `exit code ${run.code}`}`;
  throw new Error(`attache worker ${index + 1} of ${runs.length} ${how}:\n${tailOf(run.stderr)}`);
}

export async function timedQueueRun(request: QueueRunRequest): Promise<QueueRun> {
  const { context, adminUrl, articles } = request;
  const name = scratchDatabaseName(`attache_bench_queue_${request.workers}w`);
  const url = await createScratchDatabase(adminUrl, name);
  const workers: CliProcess[] = [];
  try {
    context.log(`queue: enqueuing ${articles.toLocaleString('en-US')} articles into database ${name}`);
    const enqueueSeconds = await enqueueCorpus(url, request.corpusPath, articles);
    // The enqueue migrated the database: opening the ledger here only connects.
    const ledger = await Ledger.open({ url });
    try {
      context.log(`queue: starting ${plural(request.workers, 'worker')} (attache ${QUEUE_WORKER_ARGS.join(' ')})`);
      const drained = await drainWith(request, url, ledger, workers);
      await stopWorkers(workers);
      const events = await countEvents(ledger.db, {});
      const { seconds, firstStoredSeconds, documents } = drained;
      return {
        workers: request.workers, enqueueSeconds, seconds, firstStoredSeconds, documents, events, failedJobs: drained.status.failed,
        articlesPerSecond: seconds > 0 ? documents / seconds : 0,
        eventsPerSecond: seconds > 0 ? events / seconds : 0,
      };
    } finally {
      await ledger.close();
    }
  } finally {
    // After a failure the workers may still run: end them before their database is dropped.
    await stopProcesses(workers.filter(isRunning), 2_000);
    await dropScratchDatabase(adminUrl, name).catch((error: unknown) => context.log(`queue: could not drop database ${name}: ${messageOf(error)}`));
  }
}
